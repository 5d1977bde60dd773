// The Silk Road as data: where each pavilion's city lies (longitude, latitude), which way its label goes, the two
// routes that join them, and the sea. The map is drawn from this; pavilions it does not name are listed, not drawn.

export const ROUTE = {
  // The part of the world the map shows, in degrees.
  bounds: { west: 84, east: 124, north: 47, south: 0 },
  cities: {
    jimsar: { lon: 89.2, lat: 44.0, label: 'below' },
    dunhuang: { lon: 94.7, lat: 40.1, label: 'below' },
    'ganzhou-zhangye': { lon: 100.45, lat: 38.9, label: 'above' },
    'beilin-xian': { lon: 108.9, lat: 34.3, label: 'below' },
    'luoyang-old-town': { lon: 112.45, lat: 34.6, label: 'above' },
    'licheng-quanzhou': { lon: 118.6, lat: 24.9, label: 'above' },
    'xiangqiao-chaozhou': { lon: 116.6, lat: 23.7, label: 'left' },
    // The guest pavilion stands for partners beyond the seven cities, down the maritime route (Malacca).
    'belt-and-road-friends': { lon: 102.2, lat: 2.6, label: 'right' },
  },
  // The order a visitor follows in the list: the maritime route out of Quanzhou, then the overland route westward.
  order: [
    'licheng-quanzhou',
    'xiangqiao-chaozhou',
    'luoyang-old-town',
    'beilin-xian',
    'ganzhou-zhangye',
    'dunhuang',
    'jimsar',
    'belt-and-road-friends',
  ],
  routes: [
    {
      id: 'overland',
      points: ['luoyang-old-town', 'beilin-xian', 'ganzhou-zhangye', 'dunhuang', 'jimsar'],
    },
    {
      id: 'maritime',
      points: ['licheng-quanzhou', 'xiangqiao-chaozhou', [114, 20.5], [110, 12], [105.5, 5], 'belt-and-road-friends'],
    },
    { id: 'link', points: ['luoyang-old-town', [116, 30], 'licheng-quanzhou'] },
  ],
  // A rough outline of the South China Sea and the East China Sea, for orientation only.
  sea: [
    [124, 40], [121.5, 37.5], [120.5, 34.5], [122, 31], [121.5, 28.5], [119.8, 26], [118.2, 24.4], [116.5, 23],
    [114.2, 22.3], [111.5, 21.4], [109.8, 21.4], [108.5, 21.6], [106.7, 20.5], [105.8, 18.5], [108.8, 15.5],
    [109.2, 12], [107.5, 10.5], [105, 8.7], [104.8, 10.5], [102.8, 12.2], [100.8, 13], [100, 11], [99.3, 8],
    [100.4, 6], [101.5, 3], [103.5, 1.3], [104.3, 1.4], [103.4, 3.5], [103.2, 5.8], [102.3, 6.2], [101.3, 6.9],
    [99.9, 7], [98.4, 8], [98.2, 10], [98.7, 12.5], [97.7, 16], [94.5, 16], [92.3, 21], [91.2, 22.5],
    [89, 21.8], [86.7, 20.5], [84, 18.5], [84, 0], [124, 0],
  ],
};
