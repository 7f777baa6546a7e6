namespace HelpBot.Privacy.Recognizers;

/// <summary>A recognizer whose findings depend on <see cref="PiiOptions.Profile"/>.</summary>
public interface IProfileAwareRecognizer
{
    /// <summary>Returns the recognizer to run in <paramref name="profile"/>: this instance or a copy set up for it.</summary>
    IPiiRecognizer ForProfile(PiiProfile profile);
}
