namespace Expo.Grains.Visitors;

/// <summary>The visitor's expo bag: booths they want to come back to, kept with them rather than in any browser.</summary>
public sealed partial class VisitorGrain
{
    public const int MaxFavourites = 200;
    private const int OperationWindow = 100;

    public Task<IReadOnlyList<string>> GetFavouritesAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Favourites]);

    public async Task<IReadOnlyList<string>> SetFavouriteAsync(string operationId, string boothId, bool favourite)
    {
        ExpoRules.RequireOperationId(operationId);
        ExpoRules.RequireBoothId(boothId);
        var bag = state.State.Favourites;
        var operations = state.State.FavouriteOperations;
        if (operations.Contains(operationId) || bag.Contains(boothId) == favourite)
        {
            return [.. bag];
        }

        if (favourite && bag.Count >= MaxFavourites)
        {
            throw ExpoException.Invalid($"The expo bag holds up to {MaxFavourites} booths.");
        }

        if (favourite)
        {
            bag.Insert(0, boothId);
        }
        else
        {
            bag.Remove(boothId);
        }

        operations.Add(operationId);
        if (operations.Count > OperationWindow)
        {
            operations.RemoveRange(0, operations.Count - OperationWindow);
        }

        await state.WriteStateAsync();
        return [.. bag];
    }
}
