using Expo.Grains.Models;

namespace Expo.Grains.Negotiations;

public sealed partial class NegotiationGrain
{
    public async Task<NegotiationView> GetAsync(string actorId)
    {
        await ReadableByAsync(actorId);
        return NegotiationViews.View(Id, state.State);
    }

    public async Task<IReadOnlyList<NegotiationMessage>> MessagesSinceAsync(string actorId, long afterSequence)
    {
        await ReadableByAsync(actorId);
        return [.. state.State.Messages.Where(m => m.Sequence > afterSequence).Take(NegotiationRules.MessagesPageSize)];
    }

    public async Task<TermsDiff> DiffAsync(string actorId, int version)
    {
        await ReadableByAsync(actorId);
        var versions = state.State.Versions;
        if (version < 1 || version > versions.Count)
        {
            throw ExpoException.NotFound($"There is no version {version}; the latest is {versions.Count}.");
        }

        var previous = version > 1 ? versions[version - 2].Terms : null;
        return new TermsDiff(version, version - 1, TermsDiffer.Diff(previous, versions[version - 1].Terms));
    }

    public async Task<string> ReadDocumentAsync(string actorId, bool html)
    {
        await ReadableByAsync(actorId);
        var document = state.State.Document ?? throw ExpoException.NotFound("There is no agreement document yet.");
        return await documents.ReadAsync(html ? document.HtmlName : document.JsonName)
            ?? throw new ExpoException(ExpoErrors.Unavailable, "The agreement document cannot be read just now.");
    }

    /// <summary>Only the parties' members read a negotiation, and they read it with any passed deadline applied.</summary>
    private async Task ReadableByAsync(string actorId)
    {
        ThrowIfBroken();
        if (state.State.Status == NegotiationStatus.None)
        {
            throw ExpoException.NotFound("There is no such negotiation.");
        }

        if ((await LivePartyAsync(state.State.Parties, actorId)).Party is null)
        {
            throw ExpoException.Forbidden("Only members of the negotiating parties may see or act on this negotiation.");
        }

        await ExpireIfDueAsync();
    }
}
