namespace HelpBot.Cards.Model;

/// <summary>The <c>type</c> values of Adaptive Card elements, inputs and actions.</summary>
public static class ElementTypes
{
    public const string AdaptiveCard = "AdaptiveCard";
    public const string TextBlock = "TextBlock";
    public const string RichTextBlock = "RichTextBlock";
    public const string TextRun = "TextRun";
    public const string Container = "Container";
    public const string ColumnSet = "ColumnSet";
    public const string Column = "Column";
    public const string FactSet = "FactSet";
    public const string Image = "Image";
    public const string ActionSet = "ActionSet";
    public const string TextInput = "Input.Text";
    public const string ChoiceSetInput = "Input.ChoiceSet";
    public const string ToggleInput = "Input.Toggle";
    public const string DateInput = "Input.Date";
    public const string TimeInput = "Input.Time";
    public const string SubmitAction = "Action.Submit";
    public const string OpenUrlAction = "Action.OpenUrl";
    public const string ShowCardAction = "Action.ShowCard";
    public const string ExecuteAction = "Action.Execute";
}
