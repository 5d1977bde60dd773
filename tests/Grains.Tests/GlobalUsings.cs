global using Expo.Grains.Models;
global using Xunit;
