namespace HelpBot.Cards.Model;

/// <summary>Values of the Input.Text <c>style</c> property.</summary>
public static class TextInputStyles
{
    public const string Text = "text";
    public const string Tel = "tel";
    public const string Url = "url";
    public const string Email = "email";
}
