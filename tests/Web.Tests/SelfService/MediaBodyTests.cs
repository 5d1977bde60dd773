using Expo.Grains;
using Expo.Web.Media;

namespace Expo.Web.Tests.SelfService;

/// <summary>An upload's body is read no further than the limit of the kind its first bytes claim.</summary>
public sealed class MediaBodyTests
{
    private static readonly MediaOptions Limits = new() { MaxImageBytes = 64 * 1024, MaxBrochureBytes = 256 * 1024, MaxVideoBytes = 50 * 1024 * 1024 };

    [Theory]
    [InlineData("image", 64 * 1024)]
    [InlineData("brochure", 256 * 1024)]
    public async Task ABodyIsCutOffAtItsKindsLimitThoughALargerKindIsAllowedMore(string kind, int limit)
    {
        byte[] head = kind == "image" ? [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8] : [.. "%PDF-1.7\n%abcdefg"u8];
        var body = new CountingStream(head, 40L * 1024 * 1024);

        var refusal = await Assert.ThrowsAsync<ExpoException>(() => MediaBody.ReadWithinLimitAsync(body, Limits, CancellationToken.None));

        Assert.Equal(ExpoErrors.TooLarge, refusal.Code);
        Assert.InRange(body.Served, limit, limit + (128 * 1024));
    }

    [Fact]
    public async Task ABodyThatIsNoAcceptedKindIsRefusedAfterItsFirstBytes()
    {
        var body = new CountingStream("<!doctype html><script>"u8.ToArray(), 40L * 1024 * 1024);

        var refusal = await Assert.ThrowsAsync<ExpoException>(() => MediaBody.ReadWithinLimitAsync(body, Limits, CancellationToken.None));

        Assert.Equal(ExpoErrors.InvalidInput, refusal.Code);
        Assert.InRange(body.Served, 16, 128 * 1024);
    }

    /// <summary>A body of a given length, made up as it is read, that counts how much was asked of it.</summary>
    private sealed class CountingStream(byte[] head, long length) : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Served);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = Served + i < head.Length ? head[Served + i] : (byte)0;
            }

            Served += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
