// @ts-check
const config = {
  title: 'Équipe Lumière',
  tagline: 'Optique quantique',
  url: 'https://example.org',
  baseUrl: '/',
};
module.exports = config;
