#include "engine/tokenizer/TokenizerBench.h"

#include "engine/core/Platform.h"
#include "engine/core/Stats.h"
#include "engine/core/Utf8.h"
#include "engine/tokenizer/Tokenizer.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <optional>
#include <random>
#include <vector>

namespace sb {

namespace {

// Ordinary English prose, numbers and punctuation included, so the benchmark resembles chat
// prompts rather than one repeated word.
const char *const kSentences[] = {
    "The committee met on Tuesday to discuss the budget for the coming year.",
    "After a long delay, the train finally pulled into the station at 7:45 in the evening.",
    "She said she'd been working on the problem for three weeks before anyone noticed.",
    "Most of the city's older buildings were constructed between 1890 and 1930.",
    "If you're planning to visit in the spring, bring a light jacket and an umbrella.",
    "The results, which were published last month, surprised even the researchers themselves.",
    "He didn't think the software would be ready in time, but the team proved him wrong.",
    "Water boils at 100 degrees Celsius at sea level, but at a lower temperature in the mountains.",
    "Our quarterly revenue grew by 12.5 percent, driven mostly by new customers in Europe.",
    "The library is open from nine to five on weekdays and closed on public holidays.",
    "They walked along the river until the path disappeared into a thick forest of pine trees.",
    "Please make sure that all of the forms are signed and returned by Friday afternoon.",
    "It's not clear whether the new policy will reduce costs or simply shift them elsewhere.",
    "The museum's collection includes paintings, sculptures, maps and several rare manuscripts.",
    "When the storm arrived, hundreds of households lost power for more than two days.",
    "A good night's sleep is one of the simplest ways to improve memory and concentration.",
    "The author spent nearly a decade researching the history of the small fishing village.",
    "We'll need at least four volunteers to help set up the tables before the event begins.",
    "Scientists believe the comet last passed close to the Earth about 2,400 years ago.",
    "The children laughed as the dog chased its tail around the garden again and again.",
    "Despite the rain, thousands of people gathered in the square to watch the parade.",
    "Could you send me a copy of the report, along with the figures from last quarter?",
    "The recipe calls for two cups of flour, a pinch of salt, and three large eggs.",
    "Engineers are testing a new bridge design that should withstand stronger earthquakes.",
    "I've always preferred reading on paper, although I understand why people like screens.",
    "The negotiations continued late into the night, and an agreement was reached at dawn.",
    "Many small businesses struggled during the winter, but most of them have now recovered.",
    "According to the survey, 68% of respondents said they would recommend the service.",
    "The old lighthouse has guided ships safely into the harbour for over a century.",
    "He opened the window, took a deep breath, and began to write the first chapter.",
};

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double threadCpuMs()
{
    return platform::threadCpuMs();
}

} // namespace

std::string englishBenchText(size_t bytes, uint32_t seed)
{
    std::mt19937 rng(seed);
    const size_t count = sizeof(kSentences) / sizeof(kSentences[0]);
    std::string text;
    text.reserve(bytes + 256);
    int inParagraph = 0;
    while (text.size() < bytes) {
        text += kSentences[rng() % count];
        if (++inParagraph == 5) {
            text += "\n\n";
            inParagraph = 0;
        } else {
            text += ' ';
        }
    }
    return text;
}

Result<TokenizerBenchResult> benchTokenizer(
    const std::string &tokenizerPath, const TokenizerBenchOptions &options)
{
    TokenizerBenchResult result;
    std::vector<double> loads, loadsCpu;
    std::optional<Tokenizer> tokenizer;
    for (int i = 0; i < std::max(1, options.loadRuns); ++i) {
        tokenizer.reset(); // free the previous copy first, as a fresh process would have
        const double cpuStart = threadCpuMs();
        const auto start = std::chrono::steady_clock::now();
        auto loaded = Tokenizer::fromFile(tokenizerPath);
        loads.push_back(msSince(start));
        loadsCpu.push_back(threadCpuMs() - cpuStart);
        if (!loaded)
            return loaded.error();
        tokenizer.emplace(std::move(loaded.value()));
    }
    result.loadMs = median(loads);
    result.loadCpuMs = median(loadsCpu);

    // Ill-formed UTF-8 would not survive decode (which emits U+FFFD), so the round-trip check
    // below would fail; such input is cleaned first.
    const std::string text = options.text.empty() ? englishBenchText(options.targetBytes, options.seed)
                                                  : toValidUtf8(options.text);
    result.textBytes = text.size();
    std::vector<double> encodeRates, encodeCpuRates, decodeRates;
    std::vector<int32_t> ids;
    for (int i = 0; i < std::max(1, options.runs); ++i) {
        ids.clear();
        const double cpuStart = threadCpuMs();
        auto start = std::chrono::steady_clock::now();
        tokenizer->encodeInto(text, ids);
        const double encodeMs = msSince(start);
        const double encodeCpuMs = threadCpuMs() - cpuStart;
        start = std::chrono::steady_clock::now();
        const std::string back = tokenizer->decode(ids);
        const double decodeMs = msSince(start);
        if (back != text)
            return makeError(ErrorCode::Internal,
                tokenizerPath + ": benchmark text did not round-trip through the tokenizer");
        encodeRates.push_back(double(text.size()) / 1e6 / (encodeMs / 1e3));
        encodeCpuRates.push_back(double(text.size()) / 1e6 / (encodeCpuMs / 1e3));
        decodeRates.push_back(double(back.size()) / 1e6 / (decodeMs / 1e3));
    }
    result.encodeMBps = median(encodeRates);
    result.encodeCpuMBps = median(encodeCpuRates);
    result.decodeMBps = median(decodeRates);
    result.tokens = ids.size();
    result.bytesPerToken = ids.empty() ? 0.0 : double(text.size()) / double(ids.size());
    return result;
}

} // namespace sb
