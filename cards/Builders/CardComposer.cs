using System.Globalization;
using System.Text;
using HelpBot.Cards.Model;
using HelpBot.Cards.Text;

namespace HelpBot.Cards.Builders;

/// <summary>
/// Builds a card and its plain-text version side by side, so the two never drift apart.
/// Methods named Trusted take content-file text, which may use markdown; methods named User
/// take text the user typed and escape it.
/// </summary>
internal sealed class CardComposer
{
    /// <summary>Clients that show <c>fallbackText</c> get at most this many characters of it.</summary>
    internal const int MaxFallbackLength = 2000;

    private readonly string _promptId;
    private readonly AdaptiveCard _card = new() { Lang = "en-US" };
    private readonly StringBuilder _text = new();
    private readonly List<string> _typedOptions = [];
    private readonly List<string> _navigationWords = [];
    private bool _hasInputs;
    private bool _numberTypedOptions = true;

    public CardComposer(string promptId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(promptId);
        _promptId = promptId;
    }

    public string PromptId => _promptId;

    public CardComposer Heading(string text)
    {
        _card.Body.Add(TextBlock.Heading(text));
        _text.Append(text).Append('\n');
        return this;
    }

    public CardComposer SectionTitle(string text)
    {
        _card.Body.Add(TextBlock.SectionTitle(text));
        _text.Append('\n').Append(text).Append('\n');
        return this;
    }

    /// <summary>Adds content-file text, which may use markdown.</summary>
    public CardComposer Trusted(string text) => AddTrusted(text, color: null);

    /// <summary>Adds content-file text in the attention color, for warnings.</summary>
    public CardComposer Warning(string text) => AddTrusted(text, TextColors.Attention);

    private CardComposer AddTrusted(string text, string? color)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return this;
        }

        _card.Body.Add(new TextBlock(text) { Color = color });
        _text.Append(text).Append('\n');
        return this;
    }

    /// <summary>Adds content-file text as a small, toned-down note.</summary>
    public CardComposer TrustedNote(string text) => TrustedNote(text, text);

    /// <summary>Adds a note whose card text (with markdown links) differs from its plain text.</summary>
    public CardComposer TrustedNote(string cardText, string plainText)
    {
        if (string.IsNullOrWhiteSpace(cardText))
        {
            return this;
        }

        _card.Body.Add(TextBlock.Note(cardText));
        _text.Append(plainText).Append('\n');
        return this;
    }

    /// <summary>Adds content-file text whose card text (with markdown) differs from its plain text.</summary>
    public CardComposer Trusted(string cardText, string plainText)
    {
        _card.Body.Add(new TextBlock(cardText));
        _text.Append(plainText).Append('\n');
        return this;
    }

    /// <summary>Adds content-file items as a bulleted list in one text block.</summary>
    public CardComposer TrustedBullets(IEnumerable<string> items)
    {
        var list = items.Where(item => !string.IsNullOrWhiteSpace(item)).ToList();
        if (list.Count == 0)
        {
            return this;
        }

        _card.Body.Add(new TextBlock(string.Join("\n", list.Select(item => "- " + item))));
        foreach (var item in list)
        {
            _text.Append("- ").Append(item).Append('\n');
        }

        return this;
    }

    /// <summary>Adds content-file items as a numbered list in one text block.</summary>
    public CardComposer TrustedSteps(IEnumerable<string> steps)
    {
        var list = steps.Where(step => !string.IsNullOrWhiteSpace(step)).ToList();
        var lines = list.Select((step, i) => (i + 1).ToString(CultureInfo.InvariantCulture) + ". " + step).ToList();
        if (lines.Count == 0)
        {
            return this;
        }

        _card.Body.Add(new TextBlock(string.Join("\n", lines)));
        _text.AppendJoin('\n', lines).Append('\n');
        return this;
    }

    /// <summary>Adds text the user typed, escaped and cut to <paramref name="maxLength"/> characters.</summary>
    public CardComposer User(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return this;
        }

        _card.Body.Add(new TextBlock(CardText.Escape(text, maxLength)));
        _text.Append(CardText.Clean(CardText.Truncate(text, maxLength))).Append('\n');
        return this;
    }

    /// <summary>Adds user-provided items (such as file names) as a bulleted list, each escaped.</summary>
    public CardComposer UserBullets(IEnumerable<string> items, int maxLength)
    {
        var list = items.Where(item => !string.IsNullOrWhiteSpace(item)).ToList();
        if (list.Count == 0)
        {
            return this;
        }

        _card.Body.Add(new TextBlock(string.Join("\n", list.Select(item => "- " + CardText.Escape(item, maxLength)))));
        foreach (var item in list)
        {
            _text.Append("- ").Append(CardText.Clean(CardText.Truncate(item, maxLength))).Append('\n');
        }

        return this;
    }

    /// <summary>Adds title and value pairs; titles are trusted, values are user text and escaped.</summary>
    public CardComposer UserFacts(IEnumerable<(string Title, string? Value)> facts, int maxValueLength)
    {
        var factSet = new FactSet();
        foreach (var (title, value) in facts)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            factSet.WithFact(title, CardText.Escape(value, maxValueLength));
            _text.Append(title).Append(": ").Append(CardText.Clean(CardText.Truncate(value, maxValueLength))).Append('\n');
        }

        if (factSet.Facts.Count > 0)
        {
            _card.Body.Add(factSet);
        }

        return this;
    }

    /// <summary>Adds an element that has no plain-text counterpart of its own.</summary>
    public CardComposer Element(CardElement element)
    {
        _card.Body.Add(element);
        return this;
    }

    /// <summary>Adds an input, with a line in the plain text saying how to answer it by typing.</summary>
    public CardComposer Input(CardInput input, string typedHint)
    {
        _card.Body.Add(input);
        _hasInputs = true;
        _text.Append("- ").Append(input.Label);
        if (!string.IsNullOrWhiteSpace(typedHint))
        {
            _text.Append(" (").Append(typedHint).Append(')');
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Adds plain text only, such as instructions for typed answers.</summary>
    public CardComposer PlainOnly(string text)
    {
        _text.Append(text).Append('\n');
        return this;
    }

    /// <summary>Creates a step button that submits the card's inputs.</summary>
    public SubmitAction Submit(string title, string action, string? choice = null) =>
        new(title, new SubmitData { PromptId = _promptId, Action = action, Choice = choice });

    /// <summary>Creates a step button that submits no inputs and skips input validation.</summary>
    public SubmitAction SubmitWithoutInputs(string title, string action, string? choice = null)
    {
        var submit = Submit(title, action, choice);
        submit.AssociatedInputs = Model.AssociatedInputs.None;
        return submit;
    }

    /// <summary>
    /// Adds buttons in the body (after the inputs), and lists them in the plain text as typed
    /// options: the title or its number.
    /// </summary>
    public CardComposer Buttons(params IEnumerable<CardAction> actions)
    {
        var list = actions.ToList();
        if (list.Count == 0)
        {
            return this;
        }

        _card.Body.Add(new ActionSet { Spacing = Spacings.Medium }.WithActions(list));
        _typedOptions.AddRange(list.Select(action => action.Title));
        return this;
    }

    /// <summary>
    /// Lists the buttons in the plain text by their titles alone, for a card whose typed answers use numbers
    /// for something else, such as the tips card, where "1" names tip 1.
    /// </summary>
    public CardComposer TypedOptionsWithoutNumbers()
    {
        _numberTypedOptions = false;
        return this;
    }

    /// <summary>Adds the navigation buttons as the card's own actions.</summary>
    public CardComposer Navigation(Navigation navigation)
    {
        AddNavigation(navigation, Builders.Navigation.Back, "Back", NavigationCommands.Back);
        AddNavigation(navigation, Builders.Navigation.Help, "Help", NavigationCommands.Help);
        AddNavigation(navigation, Builders.Navigation.StartOver, "Start over", NavigationCommands.StartOver);
        AddNavigation(navigation, Builders.Navigation.Cancel, "Cancel", NavigationCommands.Cancel);
        return this;
    }

    /// <summary>Adds an action to the card's own action bar, with no typed option.</summary>
    public CardComposer CardAction(CardAction action)
    {
        _card.WithActions(action);
        return this;
    }

    public StepCard Build()
    {
        AppendTypedOptions();
        var plain = _text.ToString().Trim();
        _card.FallbackText = CardText.Truncate(plain, MaxFallbackLength);
        return new StepCard(_card, plain);
    }

    private void AddNavigation(Navigation wanted, Navigation flag, string title, string command)
    {
        if (!wanted.HasFlag(flag))
        {
            return;
        }

        var data = new SubmitData { PromptId = _promptId, Command = command };
        _card.WithActions(new SubmitAction(title, data) { AssociatedInputs = Model.AssociatedInputs.None });
        _navigationWords.Add(NavigationWord(command));
    }

    private static string NavigationWord(string command) =>
        command == NavigationCommands.StartOver ? "start over" : command;

    private void AppendTypedOptions()
    {
        if (_hasInputs)
        {
            _text.Append("\nYou can type the answers instead, one per line; I will ask again for anything missing.\n");
        }

        if (_typedOptions.Count > 0)
        {
            _text.Append("\nReply with one of: ");
            _text.AppendJoin(", ", _typedOptions.Select((title, i) => _numberTypedOptions
                ? (i + 1).ToString(CultureInfo.InvariantCulture) + ") " + title
                : "'" + title + "'"));
            _text.Append('\n');
        }

        if (_navigationWords.Count > 0)
        {
            _text.Append("You can also type ").AppendJoin(", ", _navigationWords).Append(".\n");
        }
    }
}
