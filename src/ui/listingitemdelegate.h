// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QImage>
#include <QStaticText>
#include <QStyledItemDelegate>

class QTableView;

// Paints a listing's cells as QStyledItemDelegate does, with the style's panel, selection and
// focus frame and the palette's colours, but keeps each cell's laid-out text (elided to the
// column's width) between paints. QStyledItemDelegate lays out and shapes every cell's text on
// every paint, twice (once to measure it): two thirds of painting a screen of rows, which a
// table that loads, scrolls or filters repaints many times a second. Cells it does not handle
// the same way (an icon, a check box, several lines, right-to-left) are left to
// QStyledItemDelegate.
class ListingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ListingItemDelegate(QObject *parent = nullptr);

    // Paints `view`'s cells and its grid with a new delegate, owned by the view.
    static void installOn(QTableView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Lays out the cell's text as paint() with the same option would, and keeps it, and renders
    // its glyphs, without painting the view: a view spreads the work of a screen of rows never
    // shown over several turns.
    void layOutAhead(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // Lines of text laid out so far (a cell's text not kept from an earlier paint): the part of
    // painting that costs. And of those, the lines laid out inside paint(), which a view that lays
    // out ahead keeps few.
    int linesLaidOut() const { return m_linesLaidOut; }
    int linesLaidOutWhilePainting() const { return m_linesLaidOutWhilePainting; }

private:
    // Set by installOn() only, together with the view's own grid turned off: the grid is drawn as
    // QTableView draws it, in each cell's last pixel column and row. QTableView strokes every grid
    // line a pixel at a time, a fifth of painting a screen of rows; a filled strip is a span a row.
    bool m_drawsGrid = false;

    void paintCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The cell inside the grid's lines, which paint() draws in its last pixel column and row.
    QStyleOptionViewItem insideGrid(const QStyleOptionViewItem &option) const;
    // A single line of text this delegate lays out itself (else QStyledItemDelegate paints it).
    static bool isPlainLine(const QStyleOptionViewItem &opt);
    // A line of `text` as QCommonStyle lays it out: its ascent and its rounded height (neither
    // counts the leading, which QStaticText's height does).
    struct LineMetrics
    {
        qreal ascent = 0;
        int height = 0;
    };
    static LineMetrics lineMetrics(const QString &text, const QFont &font);
    // Where QCommonStyle puts the text: inside a focus frame's margin.
    static QRect textRect(const QStyleOptionViewItem &opt);

    struct Line
    {
        QStaticText text; // elided to the width
        int height = 0;   // of the whole text's line, which places it
        // Pixels below its place the text is drawn. QCommonStyle puts an elided text's baseline at
        // the whole line's ascent, which a fallback font (for a script the cell's font lacks) may
        // raise; the glyphs land on the pixel row of the baseline's ceiling.
        int drop = 0;
    };
    // The same text at another width or in another font elides and lays out anew.
    struct LineKey
    {
        QString text;
        QString font; // QFont::key()
        int width = 0;
        int elideMode = 0;
        friend bool operator==(const LineKey &a, const LineKey &b)
        {
            return a.width == b.width && a.elideMode == b.elideMode && a.text == b.text && a.font == b.font;
        }
        friend size_t qHash(const LineKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.elideMode, key.font);
        }
    };
    const Line &laidOut(const QStyleOptionViewItem &option, int width) const;

    // Screens of cells at a few column widths.
    mutable QCache<LineKey, Line> m_lines{4096};
    // QFont::key() formats every attribute of the font anew: asked only when the font changes.
    mutable QFont m_keyedFont;
    mutable QString m_fontKey;
    mutable qreal m_fontLineHeight = 0; // a line of the keyed font's own glyphs
    mutable int m_linesLaidOut = 0;
    mutable int m_linesLaidOutWhilePainting = 0;
    mutable QImage m_glyphScratch; // where layOutAhead() draws
};
