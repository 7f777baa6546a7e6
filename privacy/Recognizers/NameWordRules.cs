namespace HelpBot.Privacy.Recognizers;

/// <summary>When common words may be part of a person's name.</summary>
internal enum NameWordRules
{
    /// <summary>Only a title-case common word before a name word ("Hope Demo"): the candidate has no cue.</summary>
    Strict = 0,

    /// <summary>Title-case common words in a name ("Bill Young", "Hope Young"), after a cue such as "client" or "Mr.".</summary>
    AfterCue = 1,

    /// <summary>As <see cref="AfterCue"/>, and a lower-case common word may start the name after "name is" or "Client:".</summary>
    AfterNameCue = 2,
}
