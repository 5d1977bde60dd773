using Expo.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddExpoWeb();
var app = builder.Build();
app.MapExpoWeb();
app.Run();

/// <summary>The Web node's entry point, public so tests can host it.</summary>
public partial class Program;
