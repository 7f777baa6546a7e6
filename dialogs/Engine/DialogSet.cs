namespace HelpBot.Dialogs.Engine;

/// <summary>
/// The dialogs a bot can run, by id. Build it once at start-up and share it between turns: dialogs
/// keep no per-conversation data in fields, only in <see cref="DialogInstance.State"/>.
/// </summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Registers <paramref name="dialog"/> and returns this set, for chaining.</summary>
    /// <exception cref="InvalidOperationException">Another dialog already has the same id.</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already registered.");
        }

        return this;
    }

    /// <summary>Returns the dialog registered as <paramref name="id"/>, or null.</summary>
    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    /// <summary>The ids of every registered dialog.</summary>
    public IEnumerable<string> Ids => _dialogs.Keys;
}
