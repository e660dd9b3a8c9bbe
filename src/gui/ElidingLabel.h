#pragma once

#include <QLabel>

namespace berth {

// A plain-text label that wraps to at most maximumLines() lines and elides the last one, like the
// text of KDE's KMessageWidget: its height depends on its width only, never on how long the text
// is, so a message appearing or changing does not push the window's layout around. A word longer
// than a line (a digest) is broken anywhere. When the text is cut, its tooltip shows all of it;
// the context menu copies all of it. text() stays the full text.
class ElidingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    int maximumLines() const { return m_maxLines; }
    void setMaximumLines(int lines);
    // True when the text does not fit in the label's current size.
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // The lines that fit at this width (at most maximumLines()), the last one elided if needed.
    QStringList layoutLines(int width, bool *elided = nullptr) const;
    int linesFor(int width) const;

    int m_maxLines = 2;
};

} // namespace berth
