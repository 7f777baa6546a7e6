using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelpBot.Testing;
using Json.Schema;

namespace HelpBot.Bot.Tests.Teams;

/// <summary>The Teams app package that deploymentTemplates/teams/build-package.sh writes.</summary>
public sealed class TeamsPackageTests : IDisposable
{
    private const string AppId = "11111111-2222-4333-8444-555555555555";
    private const string BotId = "00000000-0000-4000-8000-00000000b07a";

    private readonly string _folder = Directory.CreateTempSubdirectory("helpbot-teams-package-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Build_Package_HoldsExactlyManifestAndIcons()
    {
        using var zip = await BuildAsync();

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Build_Manifest_ValidatesAgainstSchema()
    {
        using var zip = await BuildAsync();
        using var manifest = JsonDocument.Parse(ReadEntry(zip, "manifest.json"));

        var result = LoadSchema().Evaluate(manifest.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData("icons")]
    [InlineData("accentColor")]
    public void Schema_ManifestWithoutRequiredProperty_IsInvalid(string property)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "deploymentTemplates", "teams", "manifest.template.json")))!.AsObject();
        manifest.Remove(property);

        var result = LoadSchema().Evaluate(JsonSerializer.SerializeToElement(manifest));

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task Build_Manifest_CarriesIdsAndDomain()
    {
        using var zip = await BuildAsync();
        var manifest = ReadManifest(zip)!;

        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("bot.example.org", (string?)manifest["validDomains"]![0]);
    }

    [Fact]
    public async Task Build_Manifest_BotInAllThreeScopes()
    {
        using var zip = await BuildAsync();
        var scopes = ReadManifest(zip)!["bots"]![0]!["scopes"]!.AsArray().Select(scope => (string?)scope);

        Assert.Equal(["personal", "team", "groupChat"], scopes);
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public async Task Build_Icon_HasRequiredSize(string name, int size)
    {
        using var zip = await BuildAsync();
        var png = ReadEntry(zip, name);

        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public async Task Build_Outline_IsWhiteOnTransparent()
    {
        using var zip = await BuildAsync();

        var pixels = DecodeRgba(ReadEntry(zip, "outline.png"), 32);

        Assert.Contains(pixels, pixel => pixel.A == 0);
        Assert.All(pixels.Where(pixel => pixel.A > 0), pixel => Assert.Equal((255, 255, 255), (pixel.R, pixel.G, pixel.B)));
    }

    [Theory]
    [InlineData("not-a-guid", BotId)]
    [InlineData(AppId, "")]
    public async Task Build_InvalidId_FailsWithMessage(string appId, string botId)
    {
        var (exitCode, error) = await RunScriptAsync(appId, botId, Path.Combine(_folder, "bad.zip"));

        Assert.Equal(2, exitCode);
        Assert.Contains("GUID", error, StringComparison.Ordinal);
    }

    private async Task<ZipArchive> BuildAsync()
    {
        var output = Path.Combine(_folder, $"helpbot-{Guid.NewGuid():N}.zip");
        var (exitCode, error) = await RunScriptAsync(AppId, BotId, output);
        Assert.True(exitCode == 0, $"build-package.sh failed with {exitCode}: {error}");
        return ZipFile.OpenRead(output);
    }

    private static async Task<(int ExitCode, string Error)> RunScriptAsync(string appId, string botId, string output)
    {
        var script = Path.Combine(RepositoryRoot(), "deploymentTemplates", "teams", "build-package.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, "--app-id", appId, "--bot-id", botId, "--domain", "bot.example.org", "--out", output])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, error);
    }

    private static JsonNode? ReadManifest(ZipArchive zip) => JsonNode.Parse(ReadEntry(zip, "manifest.json"));

    private static byte[] ReadEntry(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    // The schema declares draft-04, which JsonSchema.Net 8 does not evaluate. It uses no keyword
    // whose meaning changed in draft-07 (no "id" base URI, no boolean exclusiveMaximum), so it is
    // evaluated as draft-07 after the "$schema" value is replaced in memory.
    private static JsonSchema LoadSchema()
    {
        var path = SharedFolder.Combine(RepositoryRoot(), "schemas", "teams-manifest", "MicrosoftTeams.v1.19.schema.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.Build(JsonSerializer.SerializeToElement(root), options, new Uri("https://helpbot.example.org/schemas/teams-manifest-1.19.json"));
    }

    // Decodes an 8-bit RGBA PNG without interlacing, filter type 0 (None) per row, as make-icons.py writes it.
    private static List<(byte R, byte G, byte B, byte A)> DecodeRgba(byte[] png, int size)
    {
        using var data = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset, 4));
            if (png.AsSpan(offset + 4, 4).SequenceEqual("IDAT"u8))
            {
                data.Write(png, offset + 8, length);
            }

            offset += 12 + length;
        }

        data.Position = 0;
        using var inflated = new ZLibStream(data, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflated.CopyTo(raw);
        var bytes = raw.ToArray();
        var pixels = new List<(byte, byte, byte, byte)>();
        for (var y = 0; y < size; y++)
        {
            Assert.Equal(0, bytes[y * (size * 4 + 1)]);
            for (var x = 0; x < size; x++)
            {
                var i = y * (size * 4 + 1) + 1 + x * 4;
                pixels.Add((bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]));
            }
        }

        return pixels;
    }

    // The source file's own path, recorded at compile time, still points into the repository when
    // the tests are built with --artifacts-path outside it.
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HelpBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"HelpBot.sln was not found above {sourceFile}.");
    }
}
