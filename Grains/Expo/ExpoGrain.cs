using Expo.Grains.Models;

namespace Expo.Grains.Expo;

public sealed class ExpoGrain(
    [PersistentState("expo", ExpoStorage.Expo)] IPersistentState<ExpoState> state) : Grain, IExpoGrain
{
    private ExpoDefinition? _current;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _current = BoothEdits.Merge(state.State.Definition, state.State.BoothEdits);
        return Task.CompletedTask;
    }

    public async Task SeedAsync(ExpoDefinition definition)
    {
        if (definition.Id != this.GetPrimaryKeyString())
        {
            throw ExpoException.Invalid($"Catalogue '{definition.Id}' cannot seed expo '{this.GetPrimaryKeyString()}'.");
        }

        ExpoDefinitionRules.Validate(definition);
        var booths = definition.Pavilions.SelectMany(p => p.Booths).ToList();

        // Booths first: a catalogue is only visible once every booth it lists can be entered.
        await Task.WhenAll(booths.Select(b => GrainFactory.GetGrain<IBoothGrain>(b.Id).SeedAsync(definition.Id, b)));

        // Booths keep their staff's edits through a re-seed; take them from the booths, the source of truth, in case
        // an earlier refresh never arrived.
        var profiles = await Task.WhenAll(booths.Select(b => GrainFactory.GetGrain<IBoothGrain>(b.Id).GetProfileAsync()));
        var edits = booths.Zip(profiles)
            .Where(pair => pair.Second is not null && !SameContent.Equal(pair.First, pair.Second))
            .ToDictionary(pair => pair.First.Id, pair => pair.Second!);

        if (SameContent.Equal(state.State.Definition, definition) && SameContent.Equal(state.State.BoothEdits, edits))
        {
            return;
        }

        state.State.Definition = definition;
        state.State.BoothEdits = edits;
        await state.WriteStateAsync();
        _current = BoothEdits.Merge(definition, edits);
    }

    public Task<ExpoDefinition?> GetAsync() => Task.FromResult(_current);

    public async Task RefreshBoothAsync(string boothId)
    {
        ExpoRules.RequireBoothId(boothId);
        var seeded = state.State.Definition?.Pavilions.SelectMany(p => p.Booths).FirstOrDefault(b => b.Id == boothId)
            ?? throw ExpoException.BoothNotFound(boothId);
        var profile = await GrainFactory.GetGrain<IBoothGrain>(boothId).GetProfileAsync();
        if (profile is null || SameContent.Equal(state.State.BoothEdits.GetValueOrDefault(boothId) ?? seeded, profile))
        {
            return;
        }

        state.State.BoothEdits[boothId] = profile;
        await state.WriteStateAsync();
        _current = BoothEdits.Merge(state.State.Definition, state.State.BoothEdits);
    }
}
