#pragma once

#include <memory>
#include <QList>
#include <QMetaObject>
#include <QModelIndex>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace Ui {
class DetailsPane;
}

namespace berth {

class RegistryTreeModel;

// The right-hand pane: everything about the selected tag or artifact, and pull commands with
// copy buttons. It follows the model: when the shown row's data changes (a sibling tag removed
// on the server's word, a refresh), it shows the new data; when the row goes, it clears.
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);
    ~DetailsPane() override;

    // A source-model index (not a proxy index).
    void showNode(const RegistryTreeModel *model, const QModelIndex &sourceIndex);
    void clear();
    QModelIndex shownIndex() const { return m_shown; }

Q_SIGNALS:
    void copied(const QString &what);

private:
    // A caption and its value, both from the form, hidden while the value is empty.
    struct Row
    {
        QLabel *caption;
        QLabel *value;
    };
    QList<Row> rows() const;
    static void setRow(const Row &row, const QString &value);
    void copyFrom(QLineEdit *edit);
    void follow(const RegistryTreeModel *model);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void render();
    void clearFields();

    std::unique_ptr<Ui::DetailsPane> m_ui;
    QPointer<const RegistryTreeModel> m_model;
    QPersistentModelIndex m_shown; // column 0 of the row shown, or invalid
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace berth
