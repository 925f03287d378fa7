#include "app/common/download/HubTypes.h"

#include <QStringList>

namespace sb {

namespace {

// Each '/'-separated segment percent-encoded on its own, so a file in a sub-folder keeps its
// slashes and a revision like "refs/pr/1" becomes one segment, as the Hub expects.
QByteArray encodeSegments(const QString &path)
{
    QByteArrayList parts;
    for (const QString &segment : path.split(QLatin1Char('/')))
        parts << QUrl::toPercentEncoding(segment);
    return parts.join('/');
}

QByteArray baseBytes(const QUrl &base)
{
    QByteArray b = base.toEncoded();
    while (b.endsWith('/'))
        b.chop(1);
    return b;
}

} // namespace

QUrl HubRepo::defaultEndpoint()
{
    const QString env = qEnvironmentVariable("SB_HF_ENDPOINT").trimmed();
    return QUrl(env.isEmpty() ? QStringLiteral("https://huggingface.co") : env);
}

QUrl HubRepo::base() const
{
    return endpoint.isEmpty() ? defaultEndpoint() : endpoint;
}

QUrl HubRepo::resolveUrl(const QString &file) const
{
    return QUrl::fromEncoded(baseBytes(base()) + '/' + encodeSegments(repo) + "/resolve/"
        + QUrl::toPercentEncoding(revision) + '/' + encodeSegments(file));
}

QUrl HubRepo::treeUrl() const
{
    return QUrl::fromEncoded(baseBytes(base()) + "/api/models/" + encodeSegments(repo) + "/tree/"
        + QUrl::toPercentEncoding(revision) + "?recursive=true");
}

bool HubFile::isDefaultSelection() const
{
    if (path.contains(QLatin1Char('/')))
        return false; // sub-folders hold other formats (onnx/, gguf/, ...)
    return path.endsWith(QLatin1String(".safetensors")) || path.endsWith(QLatin1String(".json"));
}

bool HubFile::isSafePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\'))
        || path.contains(QLatin1Char(':')))
        return false;
    for (const QString &segment : path.split(QLatin1Char('/')))
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return false;
    return true;
}

qint64 HubListing::totalBytes() const
{
    qint64 total = 0;
    for (const HubFile &f : files)
        total += qMax<qint64>(0, f.size);
    return total;
}

QVector<HubFile> HubListing::defaultSelection() const
{
    QVector<HubFile> out;
    for (const HubFile &f : files)
        if (f.isDefaultSelection())
            out << f;
    return out;
}

qint64 HubListing::defaultSelectionBytes() const
{
    qint64 total = 0;
    for (const HubFile &f : defaultSelection())
        total += qMax<qint64>(0, f.size);
    return total;
}

} // namespace sb
