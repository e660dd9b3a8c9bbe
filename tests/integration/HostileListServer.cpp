#include "HostileListServer.h"

#include <algorithm>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <utility>

namespace {

constexpr int kChunk = 64 * 1024;
constexpr qint64 kMaxQueued = 256 * 1024; // written ahead of the client, per connection

// `head unit,unit,...,unit tail`, produced a chunk at a time.
struct Body
{
    QByteArray head;
    QByteArray unit;
    qint64 count = 0;
    QByteArray tail;
    qint64 emitted = 0;
    int stage = 0; // 0 head, 1 units, 2 tail, 3 done

    qint64 length() const { return head.size() + count * unit.size() + std::max<qint64>(0, count - 1) + tail.size(); }
    bool done() const { return stage == 3; }
    QByteArray take(int max)
    {
        QByteArray out;
        if (stage == 0) {
            out += head;
            stage = 1;
        }
        while (stage == 1 && out.size() < max) {
            if (emitted >= count) {
                stage = 2;
                break;
            }
            if (emitted++)
                out += ',';
            out += unit;
        }
        if (stage == 2) {
            out += tail;
            stage = 3;
        }
        return out;
    }
};

struct Connection
{
    QByteArray input;
    bool responding = false;
    bool closeAfter = false;
    Body body;
};

bool isListPath(const QString &path)
{
    return path == QLatin1String("/api/v2.0/projects") || path.endsWith(QLatin1String("/repositories"))
        || path.endsWith(QLatin1String("/artifacts")) || path.endsWith(QLatin1String("/tags"));
}

QByteArray item(int bytes)
{
    const QByteArray head = R"({"project_id":1,"name":"p","owner_name":")";
    return head + QByteArray(std::max<qint64>(1, bytes - head.size() - 2), 'x') + "\"}";
}

} // namespace

class HostileListWorker : public QObject
{
public:
    HostileListWorker(HostileListServer::Config config, std::atomic<int> *listRequests)
        : m_config(config)
        , m_listRequests(listRequests)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }

    ~HostileListWorker() override
    {
        // Sockets still open die with the server below; they must not call back into a half-destroyed worker.
        for (QTcpSocket *s : m_connections.keys())
            s->disconnect(this);
    }

    quint16 listen() { return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0; }

private:
    void accept()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            m_connections.insert(s, Connection {});
            QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] {
                m_connections[s].input += s->readAll();
                startResponse(s);
            });
            QObject::connect(s, &QTcpSocket::bytesWritten, this, [this, s] { pump(s); });
            QObject::connect(s, &QTcpSocket::disconnected, this, [this, s] {
                m_connections.remove(s);
                s->deleteLater();
            });
        }
    }

    void startResponse(QTcpSocket *s)
    {
        Connection &c = m_connections[s];
        const int end = c.input.indexOf("\r\n\r\n");
        if (c.responding || end < 0)
            return;
        const QList<QByteArray> requestLine = c.input.left(c.input.indexOf("\r\n")).split(' ');
        c.input.remove(0, end + 4);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        c.responding = true;
        c.closeAfter = false;

        int status = 200;
        QByteArray extra;
        bool withLength = true;
        if (isListPath(target.path())) {
            m_listRequests->fetch_add(1);
            const int page = std::max(1, QUrlQuery(target).queryItemValue(QStringLiteral("page")).toInt());
            const QByteArray next = "Link: <" + target.path().toLatin1() + "?page=" + QByteArray::number(page + 1)
                + "&page_size=100>; rel=\"next\"\r\n";
            switch (m_config.shape) {
            case HostileListServer::Shape::MillionEmptyObjects:
                c.body = Body {"[", "{}", 1000000, "]"};
                extra = "X-Total-Count: 1000000\r\n";
                break;
            case HostileListServer::Shape::EndlessFatPages:
                c.body = Body {"[", item(m_config.fatPageBytes / 100), 100, "]"};
                extra = next;
                break;
            case HostileListServer::Shape::EndlessSmallPages:
                c.body = Body {"[", item(40), 100, "]"};
                extra = next;
                break;
            case HostileListServer::Shape::HugePages:
            case HostileListServer::Shape::HugePagesWithLength:
                c.body = Body {"[", "{}", m_config.hugeBytes / 3, "]"};
                extra = "X-Total-Count: 100000\r\n";
                withLength = m_config.shape == HostileListServer::Shape::HugePagesWithLength;
                break;
            case HostileListServer::Shape::ManyValues:
            case HostileListServer::Shape::Legit:
                c.body = Body {"[", item(m_config.itemBytes),
                    std::clamp<qint64>(m_config.total - qint64(page - 1) * 100, 0, 100), "]"};
                extra = "X-Total-Count: " + QByteArray::number(m_config.total) + "\r\n";
                break;
            }
        } else if (m_config.shape == HostileListServer::Shape::ManyValues) {
            c.body = Body {"[", "1", 3000000, "]"};
        } else if (target.path() == QLatin1String("/api/v2.0/users/current")) {
            c.body = Body {R"({"user_id":1,"username":"admin","sysadmin_flag":true})", {}, 0, {}};
        } else if (target.path() == QLatin1String("/api/v2.0/systeminfo")) {
            c.body = Body {R"({"harbor_version":"v2.10.0","auth_mode":"db_auth"})", {}, 0, {}};
        } else {
            status = 404;
            c.body = Body {R"({"errors":[{"code":"NOT_FOUND","message":"not found"}]})", {}, 0, {}};
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found")
            + "\r\nContent-Type: application/json\r\n" + extra;
        if (withLength) {
            head += "Content-Length: " + QByteArray::number(c.body.length()) + "\r\n\r\n";
        } else {
            head += "Connection: close\r\n\r\n";
            c.closeAfter = true;
        }
        s->write(head);
        pump(s);
    }

    void pump(QTcpSocket *s)
    {
        auto it = m_connections.find(s);
        if (it == m_connections.end() || !it->responding)
            return;
        while (!it->body.done() && s->bytesToWrite() < kMaxQueued)
            s->write(it->body.take(kChunk));
        if (!it->body.done())
            return;
        if (it->closeAfter) {
            it->responding = false;
            s->disconnectFromHost(); // after what is queued
            return;
        }
        if (s->bytesToWrite() > 0)
            return;
        it->responding = false;
        it->body = {};
        startResponse(s); // a pipelined or kept-alive request
    }

    HostileListServer::Config m_config;
    std::atomic<int> *m_listRequests;
    QTcpServer m_server {this};
    QHash<QTcpSocket *, Connection> m_connections;
};

HostileListServer::HostileListServer(Config config)
    : m_config(config)
{ }

HostileListServer::~HostileListServer()
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool HostileListServer::start()
{
    m_thread.start();
    m_worker = new HostileListWorker(m_config, &m_listRequests);
    m_worker->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

QUrl HostileListServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}
