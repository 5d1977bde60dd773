using System.Text;

namespace Expo.Bench.LoadGen;

internal enum VisitorRole
{
    Stationary,
    Chatter,
    Wanderer,

    /// <summary>An organiser console or an exhibitor page: connected, never checked for deliveries.</summary>
    Console,
}

/// <summary>One simulated visitor: its session, its connection, where it is, and what it has received.</summary>
internal sealed class Visitor(Worker worker, int index, WorkerBooth home, VisitorRole role, string webUrl)
{
    public Worker Worker { get; } = worker;

    public int Index { get; } = index;

    public WorkerBooth Home { get; } = home;

    public VisitorRole Role { get; } = role;

    public bool Stationary => Role is VisitorRole.Stationary or VisitorRole.Chatter;

    public string WebUrl { get; } = webUrl;

    public string? VisitorId { get; set; }

    public string? Token { get; set; }

    public IHubClient? Client { get; set; }

    /// <summary>The booth the visitor is in now (read by its connection's receive loop).</summary>
    public volatile WorkerBooth? Current;

    /// <summary>Chat sequences received in the current booth; only its own receive loop and the step-end check touch it.</summary>
    public SequenceSet Received { get; } = new();

    /// <summary>In the expo-day mixes: seconds between this visitor's lines at multiplier 1 (0: silent), and between its moves.</summary>
    public double ChatSeconds { get; set; }

    public double MoveSeconds { get; set; }

    /// <summary>1 while a wanderer's move is in flight.</summary>
    public int Busy;

    /// <summary>
    /// Per booth of the worker: when this wanderer's latest EnterBooth call into it started, and in which step.
    /// Kept per booth so a presence update that arrives after the wanderer moved on still finds its move.
    /// </summary>
    public long[] MoveStarted { get; private set; } = [];

    public StepState?[] MoveStep { get; private set; } = [];

    public void TrackMoves(int booths)
    {
        MoveStarted = new long[booths];
        MoveStep = new StepState?[booths];
    }
}

/// <summary>A booth as one worker sees it: all of its visitors are in this worker.</summary>
internal sealed class WorkerBooth(int index, string id)
{
    public int Index { get; } = index;

    public string Id { get; } = id;

    public byte[] IdUtf8 { get; } = Encoding.UTF8.GetBytes(id);

    public List<Visitor> Stationary { get; } = [];

    public List<Visitor> Chatters { get; } = [];

    public List<Visitor> Wanderers { get; } = [];
}
