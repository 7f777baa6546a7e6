using HelpBot.Privacy.Azure;

namespace HelpBot.Privacy.Tests.Azure;

public sealed class TextChunkerTests
{
    [Fact]
    public void Split_ShortText_ReturnsOneChunk()
    {
        var chunk = Assert.Single(TextChunker.Split("short", 100, 10));

        Assert.Equal(0, chunk.Start);
        Assert.Equal("short", chunk.Text);
    }

    [Fact]
    public void Split_LongText_ChunksFitAndOverlap()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 1000));

        var chunks = TextChunker.Split(text, 500, 50);

        Assert.All(chunks, c => Assert.InRange(c.Text.Length, 1, 500));
        Assert.All(chunks, c => Assert.Equal(text.Substring(c.Start, c.Text.Length), c.Text));
        Assert.Equal(text.Length, chunks[^1].Start + chunks[^1].Text.Length);
        for (var i = 1; i < chunks.Count; i++)
        {
            Assert.True(chunks[i].Start < chunks[i - 1].Start + chunks[i - 1].Text.Length, $"chunk {i} does not overlap");
        }
    }

    [Fact]
    public void Split_SurrogatePairsAndMarks_NeverCutInside()
    {
        var text = string.Concat(Enumerable.Repeat("😀e\u0301", 400));

        var chunks = TextChunker.Split(text, 101, 10);

        Assert.All(chunks, c => Assert.False(char.IsLowSurrogate(c.Text[0]), $"chunk at {c.Start} starts inside a pair"));
        Assert.All(chunks, c => Assert.False(char.IsHighSurrogate(c.Text[^1]), $"chunk at {c.Start} ends inside a pair"));
        Assert.All(chunks, c => Assert.NotEqual('\u0301', c.Text[0]));
    }
}
