namespace Expo.Web.Media;

public static class MediaExtensions
{
    /// <summary>Booth uploads: their limits from <c>Expo:Media</c>, the blob store and the checks in front of it.</summary>
    public static IServiceCollection AddExpoMedia(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section)
            .Validate(o => o.Validate() is null, "Expo:Media settings are not valid.").ValidateOnStart();
        services.AddSingleton<MediaStore>();
        services.AddSingleton<MediaUploads>();
        return services;
    }
}
