using Expo.Grains.Models;

namespace Expo.Grains.Expo;

public sealed class ExpoGrain(
    [PersistentState("expo", ExpoStorage.Expo)] IPersistentState<ExpoState> state) : Grain, IExpoGrain
{
    public async Task SeedAsync(ExpoDefinition definition)
    {
        if (definition.Id != this.GetPrimaryKeyString())
        {
            throw ExpoException.Invalid($"Catalogue '{definition.Id}' cannot seed expo '{this.GetPrimaryKeyString()}'.");
        }

        ExpoDefinitionRules.Validate(definition);

        // Booths first: a catalogue is only visible once every booth it lists can be entered.
        await Task.WhenAll(definition.Pavilions
            .SelectMany(p => p.Booths)
            .Select(b => GrainFactory.GetGrain<IBoothGrain>(b.Id).SeedAsync(definition.Id, b)));

        if (SameContent.Equal(state.State.Definition, definition))
        {
            return;
        }

        state.State.Definition = definition;
        await state.WriteStateAsync();
    }

    public Task<ExpoDefinition?> GetAsync() => Task.FromResult(state.State.Definition);
}
