#pragma once
// The app's look, applied live to the whole QApplication: the theme (the platform's own style and
// palette, or Fusion with a light or dark palette) and the font size. The first call remembers
// the platform's style, palette and font so that "system" can go back to them.

#include <QPalette>
#include <QString>

namespace sb::appearance {

enum class Theme { System, Light, Dark };

Theme themeFromName(const QString &name); // unknown names: System
QString themeName(Theme theme); // "system", "light", "dark"

QPalette lightPalette();
QPalette darkPalette();

void applyTheme(Theme theme);
// Points; 0 or less = the platform's size.
void applyFontSize(int points);
int systemFontSize();
// Theme and font size from Settings (at start-up, before the first window).
void applyFromSettings();

} // namespace sb::appearance
