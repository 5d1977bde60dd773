namespace Expo.Grains;

/// <summary>Well-known grain keys.</summary>
public static class ExpoIds
{
    /// <summary>The demo expo the run command seeds; a deployment may host another id through configuration.</summary>
    public const string DemoExpo = "haisi-2023";
}
