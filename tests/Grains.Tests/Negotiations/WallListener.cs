using System.Threading.Channels;

namespace Expo.Grains.Tests.Negotiations;

/// <summary>A test's stand-in for a Web node subscribed to a signing wall: it queues the agreements it is sent.</summary>
internal sealed class WallListener : ISigningWallObserver
{
    private readonly Channel<SignedAgreement> _signed = Channel.CreateUnbounded<SignedAgreement>();

    public WallListener(IClusterClient client) => Reference = client.CreateObjectReference<ISigningWallObserver>(this);

    public string NodeId { get; } = Infrastructure.TestKeys.New("node");

    /// <summary>Orleans holds the listener only weakly: the test keeps the listener alive while it listens.</summary>
    public ISigningWallObserver Reference { get; }

    public Task OnAgreementSignedAsync(SignedAgreement agreement, NegotiationCounts counts)
    {
        _signed.Writer.TryWrite(agreement);
        return Task.CompletedTask;
    }

    public Task OnCountsChangedAsync(NegotiationCounts counts) => Task.CompletedTask;

    public async Task<SignedAgreement> NextSignedAsync() =>
        await _signed.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public bool HasMoreSigned => _signed.Reader.TryPeek(out _);
}
