// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/pagerecognizer.h"

#include <QImage>
#include <QRectF>
#include <QRegularExpression>

#include <poppler-qt6.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <memory>

#include <dlfcn.h>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

/// Below this confidence (0-100) a "word" is most often a speck, a stamp's edge or a picture
/// read as letters; real words on a clean scan score 80 and more.
constexpr float minimumConfidence = 30.0f;
/// ... but a word of letters alone is kept down to this: Tesseract is unsure of a real word
/// beside a smudge or in widely justified text (seen at 22 for "analysera"), while garbage mixes
/// letters with marks and digits.
constexpr float minimumWordConfidence = 10.0f;
/// Marks without a letter or digit ("|", "~", "—") are more often dirt than punctuation, so
/// they must be surer still to be kept.
constexpr float minimumMarkConfidence = 60.0f;

/// Letters only, perhaps with a hyphen inside or at the end ("budget-") and punctuation after
/// ("nämnden,"): what a misread speck seldom looks like.
bool looksLikeWord(const QString &text)
{
    static const QRegularExpression word(u"^[\\p{L}]{2,}(?:-[\\p{L}]*)*[.,:;)]?$"_s,
                                         QRegularExpression::UseUnicodePropertiesOption);
    return word.match(text).hasMatch();
}

bool hasLetterOrDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

/// Tesseract (built with OpenMP, as Debian's is) asks for four threads at every step of its
/// neural network, however many cores there are. On two cores shared with other work those
/// threads wait for each other spinning: measured here, a page took 20 s with two threads and
/// 3 s with one. So while a page is recognised, OpenMP regions this thread starts get one
/// thread (dynamic adjustment bounds even Tesseract's explicit request); the settings are
/// this thread's own and are put back after. OMP_THREAD_LIMIT cannot do it from here: the
/// OpenMP runtime reads it once, when it is loaded. Looked up at run time, so a Tesseract
/// without OpenMP needs nothing.
class SingleThreadedOpenMp
{
public:
    SingleThreadedOpenMp()
    {
        m_getDynamic = reinterpret_cast<int (*)()>(::dlsym(RTLD_DEFAULT, "omp_get_dynamic"));
        m_setDynamic = reinterpret_cast<void (*)(int)>(::dlsym(RTLD_DEFAULT, "omp_set_dynamic"));
        m_getMaxThreads = reinterpret_cast<int (*)()>(::dlsym(RTLD_DEFAULT, "omp_get_max_threads"));
        m_setNumThreads = reinterpret_cast<void (*)(int)>(::dlsym(RTLD_DEFAULT, "omp_set_num_threads"));
        if (!m_getDynamic || !m_setDynamic || !m_getMaxThreads || !m_setNumThreads)
            return;
        m_dynamic = m_getDynamic();
        m_maxThreads = m_getMaxThreads();
        m_setDynamic(1);
        m_setNumThreads(1);
        m_active = true;
    }
    ~SingleThreadedOpenMp()
    {
        if (!m_active)
            return;
        m_setDynamic(m_dynamic);
        m_setNumThreads(m_maxThreads);
    }
    SingleThreadedOpenMp(const SingleThreadedOpenMp &) = delete;
    SingleThreadedOpenMp &operator=(const SingleThreadedOpenMp &) = delete;

private:
    int (*m_getDynamic)() = nullptr;
    void (*m_setDynamic)(int) = nullptr;
    int (*m_getMaxThreads)() = nullptr;
    void (*m_setNumThreads)(int) = nullptr;
    int m_dynamic = 0;
    int m_maxThreads = 1;
    bool m_active = false;
};

} // namespace

PageRecognizer::PageRecognizer() = default;

PageRecognizer::~PageRecognizer()
{
    if (m_api)
        m_api->End();
}

Result<void, QString> PageRecognizer::start()
{
    if (m_api)
        return {};
    if (!m_startError.isEmpty())
        return Result<void, QString>::failure(m_startError);

    auto api = std::make_unique<tesseract::TessBaseAPI>();
    // Tesseract explains a failed start on stderr in its own words; ours below names the
    // package to install, and the command line's output stays readable.
    api->SetVariable("debug_file", "/dev/null");
    // No path: Tesseract's own default (or TESSDATA_PREFIX), where Debian installs the data.
    if (api->Init(nullptr, "swe", tesseract::OEM_LSTM_ONLY) != 0) {
        m_startError = tr("text recognition needs Tesseract's Swedish language data, which is not installed; "
                          "install the package tesseract-ocr-swe (Debian, Ubuntu) or import a PDF with text");
        return Result<void, QString>::failure(m_startError);
    }
    // Reports are pages of paragraphs, headings and tables: let Tesseract find the blocks.
    api->SetPageSegMode(tesseract::PSM_AUTO);
    m_api = std::move(api);
    return {};
}

bool PageRecognizer::hasInk(const Poppler::Page &page)
{
    // A coarse rendering is enough to tell a blank page from a printed one, and costs
    // milliseconds where recognition costs seconds.
    const QImage image = page.renderToImage(36, 36).convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            if (row[x] < 160)
                return true;
        }
    }
    return false;
}

Result<QList<PageWord>, QString> PageRecognizer::recognize(const Poppler::Page &page)
{
    using R = Result<QList<PageWord>, QString>;
    if (auto started = start(); !started)
        return R::failure(started.error());

    // Grayscale: Tesseract binarises it itself, and colour would only triple the memory.
    const QImage image = page.renderToImage(dotsPerInch, dotsPerInch).convertToFormat(QImage::Format_Grayscale8);
    if (image.isNull())
        return R::failure(tr("the page could not be rendered for text recognition"));
    m_api->SetImage(image.constBits(), image.width(), image.height(), 1, int(image.bytesPerLine()));
    m_api->SetSourceResolution(dotsPerInch);
    const SingleThreadedOpenMp oneThread;
    if (m_api->Recognize(nullptr) != 0) {
        m_api->Clear();
        return R::failure(tr("text recognition failed on this page"));
    }

    const double pointsPerPixel = 72.0 / dotsPerInch;
    QList<PageWord> words;
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    if (it) {
        do {
            const std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_WORD));
            if (!utf8)
                continue;
            const QString text = QString::fromUtf8(utf8.get()).trimmed();
            const float confidence = it->Confidence(tesseract::RIL_WORD);
            if (text.isEmpty() || confidence < minimumWordConfidence)
                continue;
            if (confidence < minimumConfidence && !looksLikeWord(text))
                continue;
            if (!hasLetterOrDigit(text) && confidence < minimumMarkConfidence)
                continue;
            int left = 0, top = 0, right = 0, bottom = 0;
            if (!it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
                continue;

            // The ink of a word ("ena" vs. "Åtgärd") is lower or higher than its type; the
            // line's baseline, x-height and ascenders give every word of the line the height of
            // its font, as a PDF's text layer does, which the headings and line grouping rely on.
            double wordTop = top;
            double wordBottom = bottom;
            int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
            float rowHeight = 0, descenders = 0, ascenders = 0;
            it->RowAttributes(&rowHeight, &descenders, &ascenders);
            if (rowHeight > 0 && it->Baseline(tesseract::RIL_WORD, &x1, &y1, &x2, &y2)) {
                const double middle = (left + right) / 2.0;
                const double baseline = x2 != x1 ? y1 + (y2 - y1) * (middle - x1) / double(x2 - x1) : y1;
                wordTop = std::min(double(top), baseline - rowHeight);
                wordBottom = std::max(double(bottom), baseline - descenders);
            }
            PageWord word;
            word.text = text;
            word.box = QRectF(QPointF(left * pointsPerPixel, wordTop * pointsPerPixel),
                              QPointF(right * pointsPerPixel, wordBottom * pointsPerPixel));
            // Within a recognised line the words are separate by definition; at its end the gap
            // to whatever WordLayout puts next decides.
            word.spaceAfter = !it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD);
            words.append(word);
        } while (it->Next(tesseract::RIL_WORD));
    }
    // The image is the caller's; Tesseract must not keep pointing into it.
    m_api->Clear();
    return words;
}

} // namespace yttra
