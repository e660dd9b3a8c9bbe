#pragma once

#include <QObject>

class QSocketNotifier;

namespace berth {

// SIGTERM, SIGINT and SIGHUP (a session that ends, `kill`, Ctrl+C in the terminal that started
// berth) close the windows as the user would, so MainWindow writes its settings and the tree
// snapshots it writes on close, and then the application quits. The handler only writes a byte to
// a socket (the one thing a signal handler may safely do here); the event loop does the rest. A
// second signal of the same kind ends the process at once (SA_RESETHAND), for a berth that does not.
class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

    bool isInstalled() const { return m_notifier != nullptr; }

private:
    void onSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace berth
