namespace HelpBot.Domain.Drafts;

/// <summary>Writes an e-mail draft as an .eml file that mail clients open as an unsent message.</summary>
public static class EmlWriter
{
    /// <summary>Returns the MIME message bytes: To, Subject, Date, a UTF-8 text body and <c>X-Unsent: 1</c>.</summary>
    public static byte[] Write(EmailDraft draft) => throw new NotImplementedException();
}
