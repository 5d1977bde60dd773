using Orleans.Core;

namespace Expo.Grains;

/// <summary>
/// Writes a grain's state on a timer and when it deactivates, not on every change: for figures that arrive one-way
/// and often, where a silo crash may lose the last seconds of them, never a visitor's action, which other grains keep.
/// </summary>
internal sealed class TimedStateWrites
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private IStorage? _state;
    private bool _dirty;

    /// <summary>Starts the timer that writes <paramref name="state"/>; call from the grain's activation.</summary>
    public void Start(IGrainBase grain, IStorage state)
    {
        _state = state;
        grain.RegisterGrainTimer(WriteIfChangedAsync, new GrainTimerCreationOptions(Interval, Interval));
    }

    /// <summary>Marks the state changed, for the next tick to write.</summary>
    public void Changed() => _dirty = true;

    public async Task WriteIfChangedAsync(CancellationToken cancellationToken)
    {
        if (!_dirty || _state is not { } state)
        {
            return;
        }

        _dirty = false;
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch (Exception)
        {
            // Try again at the next tick; the figures stay in memory meanwhile.
            _dirty = true;
            throw;
        }
    }
}
