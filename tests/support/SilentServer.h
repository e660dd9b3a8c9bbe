#pragma once

#include <QHostAddress>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

// A TCP server on loopback that accepts connections and never answers: in a test it stands for
// "another host" and counts what reached it. It listens on 127.0.0.2 (loopback too, but another
// host than harbor-sim's 127.0.0.1) when it can, else on 127.0.0.1. Test code only.
class SilentServer
{
public:
    bool listen()
    {
        return m_server.listen(QHostAddress(QStringLiteral("127.0.0.2"))) || m_server.listen(QHostAddress::LocalHost);
    }
    QString hostPort() const
    {
        return QStringLiteral("%1:%2").arg(m_server.serverAddress().toString()).arg(m_server.serverPort());
    }
    QString url() const { return QStringLiteral("http://") + hostPort(); }

    // Connections so far, also those still waiting in the listen queue. The sockets stay open
    // (and unanswered) until the server goes.
    int connections()
    {
        while (m_server.hasPendingConnections() || m_server.waitForNewConnection(0)) {
            if (!m_server.nextPendingConnection())
                break;
            ++m_accepted;
        }
        return m_accepted;
    }

private:
    QTcpServer m_server;
    int m_accepted = 0;
};
