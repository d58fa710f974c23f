import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { INTERFACE_LANGUAGES, LANGUAGE_NAMES } from '../../shared/i18n/languages';

/** What the Language menu needs: the saved choice ('' = the system's) and how to change it. */
export interface LanguageChoice {
  current: string;
  choose(language: string): void;
}

/**
 * The interface language, each name in its own language. Choosing one saves it through the
 * same settings.update the settings page uses; its push event switches every window.
 */
function languageMenu(languages: LanguageChoice): MenuItemConstructorOptions {
  const { current } = languages;
  return {
    label: '&Language',
    submenu: [
      {
        label: 'System',
        type: 'radio',
        checked: current === '',
        click: () => languages.choose(''),
      },
      { type: 'separator' },
      ...INTERFACE_LANGUAGES.map((language): MenuItemConstructorOptions => ({
        label: LANGUAGE_NAMES[language],
        type: 'radio',
        checked: current === language,
        click: () => languages.choose(language),
      })),
    ],
  };
}

export function applicationMenu(isDev: boolean, languages: LanguageChoice): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { label: '&File', submenu: [{ role: process.platform === 'darwin' ? 'close' : 'quit' }] },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev
          ? [
              { type: 'separator' as const },
              { role: 'reload' as const },
              { role: 'toggleDevTools' as const },
            ]
          : []),
      ],
    },
    languageMenu(languages),
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: `Convention Workbench ${app.getVersion()}`, enabled: false }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
