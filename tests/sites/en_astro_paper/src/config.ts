export const SITE = {
  website: "https://example.org/",
  author: "Thaddeus Okafor-Lindgren",
  profile: "https://example.org/about",
  desc: "Notes on distributed systems research.",
  title: "Thaddeus's notes",
  ogImage: "astropaper-og.jpg",
  lightAndDarkMode: true,
  postPerIndex: 4,
  postPerPage: 4,
  scheduledPostMargin: 15 * 60 * 1000,
  showArchives: true,
  editPost: {
    url: "https://example.org/edit/main/src/content/blog",
    text: "Suggest Changes",
    appendFilePath: true,
  },
} as const;

export const LOCALE = {
  lang: "en",
  langTag: ["en-EN"],
} as const;
