using System.Text.Json.Nodes;
using HelpBot.Domain.Content;

namespace HelpBot.Domain.Tests.Content;

/// <summary>Each content rule, broken in a copy of the shipped file, fails with a message naming the entry.</summary>
public sealed class ContentValidationTests
{
    [Fact]
    public void Load_TipWithoutSource_NamesEntryAsMissing()
    {
        var exception = LoadInvalid(root => root["tips"]![1]!.AsObject().Remove("source"));

        Assert.Contains("content entry 'tips[1].source' is missing", exception.Message, StringComparison.Ordinal);
        Assert.Equal("tips[1].source", exception.EntryPath);
    }

    [Theory]
    [InlineData("opens", "8 am")]
    [InlineData("closes", "07:00")]
    [InlineData("timeZone", "Mars/Olympus")]
    public void Load_InvalidSchedule_NamesEntry(string key, string value)
    {
        var exception = LoadInvalid(root =>
        {
            var contact = root["contacts"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "service-center")!;
            contact["schedule"]![key] = value;
        });

        Assert.Contains(".schedule' is invalid", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownSourceId_NamesEntry()
    {
        var exception = LoadInvalid(root => root["tips"]![0]!["source"] = "no-such-source");

        Assert.Contains("content entry 'tips[0].source' is invalid: source 'no-such-source' is not defined", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateTipId_NamesSecondEntry()
    {
        var exception = LoadInvalid(root => root["tips"]![2]!["id"] = "clear-cache");

        Assert.Contains("content entry 'tips[2].id' repeats id 'clear-cache'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HttpLinkWithoutAllowHttp_NamesEntry()
    {
        var exception = LoadInvalid(root => root["tips"]![1]!["link"] = "http://www.refreshyourcache.com/");

        Assert.Contains("content entry 'tips[1].link' is invalid", exception.Message, StringComparison.Ordinal);
        Assert.Contains("https", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RelativeLink_NamesEntry()
    {
        var exception = LoadInvalid(root => root["tips"]![1]!["link"] = "www.refreshyourcache.com");

        Assert.Contains("content entry 'tips[1].link' is invalid: 'www.refreshyourcache.com' is not an absolute web address", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HttpLinkWithAllowHttp_Loads()
    {
        using var variant = ContentVariant.Edit(root =>
        {
            root["tips"]![1]!["link"] = "http://www.refreshyourcache.com/";
            root["tips"]![1]!["allowHttp"] = true;
        });

        var content = DeskAidContentLoader.Load(variant.FilePath);

        Assert.StartsWith("http://", content.Tips[1].Link, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidEmailAddress_NamesEntry()
    {
        var exception = LoadInvalid(root => Contact(root, "cbms-help-desk")["value"] = "CBMS.help at state.co.us");

        Assert.Matches(@"content entry 'contacts\[\d+\]\.value' is invalid: 'CBMS\.help at state\.co\.us' is not an e-mail address", exception.Message);
    }

    [Fact]
    public void Load_PhoneWithoutCountryCode_NamesEntry()
    {
        var exception = LoadInvalid(root => Contact(root, "service-center")["value"] = "855-752-6749");

        Assert.Matches(@"content entry 'contacts\[\d+\]\.value' is invalid: '855-752-6749' is not a phone number written 1-NNN-NNN-NNNN", exception.Message);
    }

    [Fact]
    public void Load_EmptyTips_NamesListAsEmpty()
    {
        var exception = LoadInvalid(root => root["tips"] = new JsonArray());

        Assert.Contains("content entry 'tips' is empty", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyEscalationChain_NamesList()
    {
        var exception = LoadInvalid(root => root["serviceCenter"]!["escalation"] = new JsonArray());

        Assert.Contains("content entry 'serviceCenter.escalation' is empty", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingRequiredEmailField_NamesFieldId()
    {
        var exception = LoadInvalid(root =>
        {
            var fields = root["peakReport"]!["emailFields"]!.AsArray();
            fields.RemoveAt(ContentVariant.IndexOf(fields, "caseNumber"));
        });

        Assert.Contains("content entry 'peakReport.emailFields' has no required field with id 'caseNumber'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ActiveChoiceWithoutOption_NamesEntry()
    {
        var exception = LoadInvalid(root => root["systems"]![0]!["address"]!["active"] = "newest");

        Assert.Contains("content entry 'systems[0].address.active' is invalid: no option has id 'newest'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UpperCaseHost_NamesEntry()
    {
        var exception = LoadInvalid(root => root["systems"]![0]!["hosts"]![0]!["host"] = "PEAK.my.site.com");

        Assert.Contains("content entry 'systems[0].hosts[0].host' is invalid", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownContactReference_NamesEntry()
    {
        var exception = LoadInvalid(root => root["peakReport"]!["urgentCases"]!["contactIds"]![0] = "no-such-contact");

        Assert.Contains("content entry 'peakReport.urgentCases.contactIds[0]' is invalid: contact 'no-such-contact' is not defined", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownTrainingTrigger_NamesEntry()
    {
        var exception = LoadInvalid(root => root["training"]!["topics"]![0]!["triggers"]![0] = "moon-phase");

        Assert.Contains("content entry 'training.topics[0].triggers[0]' is invalid", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralProblems_ListsEveryProblem()
    {
        var exception = LoadInvalid(root =>
        {
            root["tips"]![0]!.AsObject().Remove("source");
            root["tips"]![1]!.AsObject().Remove("title");
        });

        Assert.Equal(2, exception.Problems.Count);
    }

    [Fact]
    public void Load_MisspeltProperty_NamesEntryPath()
    {
        var exception = LoadInvalid(root => root["tips"]![0]!["sorce"] = "desk-aid");

        Assert.Contains("tips[0]", exception.Message, StringComparison.Ordinal);
        Assert.Contains("sorce", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("// comment\n{}")]
    [InlineData("{\"version\": \"1\",}")]
    [InlineData("not json")]
    public void Load_NotStrictJson_ThrowsContentValidationException(string text)
    {
        using var variant = ContentVariant.Raw(text);

        var exception = Assert.Throws<ContentValidationException>(() => DeskAidContentLoader.Load(variant.FilePath));

        Assert.Contains("is not valid content JSON", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ThrowsContentValidationException()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "missing.json");

        var exception = Assert.Throws<ContentValidationException>(() => DeskAidContentLoader.Load(path));

        Assert.Contains("could not be read", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GuidanceListingFileTypes_NamesEntry()
    {
        var exception = LoadInvalid(root =>
        {
            var topics = root["training"]!["topics"]!;
            var guidance = topics[ContentVariant.IndexOf(topics, "upload-files")]!["guidance"]!.AsArray();
            guidance.Add("PEAK accepts .jpg, .png and .pdf files.");
        });

        Assert.Contains("it lists file types", exception.Message, StringComparison.Ordinal);
        Assert.Matches(@"^training\.topics\[\d+\]\.guidance\[\d+\]$", exception.EntryPath);
    }

    private static ContentValidationException LoadInvalid(Action<JsonObject> edit)
    {
        using var variant = ContentVariant.Edit(edit);
        return Assert.Throws<ContentValidationException>(() => DeskAidContentLoader.Load(variant.FilePath));
    }

    private static JsonNode Contact(JsonObject root, string id)
    {
        var contacts = root["contacts"]!;
        return contacts[ContentVariant.IndexOf(contacts, id)]!;
    }
}
