namespace HelpBot.Privacy.Recognizers.General;

/// <summary>
/// A recognizer that runs only when <see cref="PiiOptions.Profile"/> is <see cref="PiiProfile.General"/>,
/// because it flags data that help-desk conversations contain without naming a person (places, dates,
/// organizations).
/// </summary>
public interface IGeneralProfileRecognizer : IPiiRecognizer;
