namespace HelpBot.Domain.Reports;

/// <summary>The mobile use a text mentions.</summary>
/// <param name="Indicated">True when the text says a phone, tablet or mobile app was used.</param>
/// <param name="Device">The device named, such as "Android phone"; null when none is named.</param>
/// <param name="Os">The operating system the device implies, such as "Android"; null when unknown.</param>
/// <param name="App">The app, such as "MyPEAK app", or "mobile app" when it is not named; null when no app is mentioned.</param>
public sealed record MobileUse(bool Indicated, string? Device, string? Os, string? App);
