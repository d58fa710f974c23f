// Arabic and Chinese faces, in unicode-range slices fetched only for the characters a page shows.
// Latin text uses the system's UI font, so start-app.tsx loads this after the first screen's CSS.
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-sc/400.css';
