using System.Threading.Channels;

namespace Expo.Web.Live;

/// <summary>One open feed: the frames waiting for it, and giving back its place when it ends.</summary>
public sealed class LiveStream(ChannelReader<byte[]> frames, Action close) : IDisposable
{
    public ChannelReader<byte[]> Frames => frames;

    public void Dispose() => close();
}
