#include "corpus_generator.h"

#include <random>

#include "util/format.h"

namespace plimsoll::bench {
namespace {

const char* const kBases[] = {"python:3.12-slim", "node:22-bookworm-slim", "golang:1.22", "debian:12-slim",
                              "alpine:3.20", "ubuntu", "rust:1.82", "nginx:latest"};
const char* const kPackages[] = {"curl", "ca-certificates", "git", "build-essential", "libpq-dev", "gnupg",
                                 "unzip", "tzdata", "locales", "openssl", "jq", "wget"};

class Writer {
 public:
  explicit Writer(std::mt19937& random) : random_(random) {}

  std::string file() {
    out_.clear();
    int kind = pick(5);
    if (pick(3) == 0) out_ += "# syntax=docker/dockerfile:1\n";
    out_ += util::format("ARG BASE={}\nARG VERSION=1.{}.0\n", kBases[pick(8)], pick(20));
    if (kind == 0) {
      single_stage();
    } else {
      multi_stage(kind);
    }
    return out_;
  }

 private:
  int pick(int n) { return static_cast<int>(random_() % static_cast<unsigned>(n)); }

  void labels() {
    out_ += "LABEL org.opencontainers.image.source=\"https://example.com/repo\" \\\n"
            "      org.opencontainers.image.version=\"${VERSION}\" \\\n"
            "      org.opencontainers.image.title=\"service\"\n";
  }

  void apt_chain() {
    out_ += "RUN apt-get update \\\n && apt-get install -y";
    if (pick(2)) out_ += " --no-install-recommends";
    out_ += " \\\n";
    int n = 3 + pick(10);
    for (int i = 0; i < n; ++i) out_ += util::format("      {} \\\n", kPackages[pick(12)]);
    out_ += pick(2) ? " && rm -rf /var/lib/apt/lists/*\n" : " && apt-get clean\n";
  }

  void single_stage() {
    out_ += "FROM ${BASE}\n";
    labels();
    out_ += "ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 PORT=8000\n";
    apt_chain();
    out_ += "WORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n";
    out_ += "EXPOSE 8000\nCMD gunicorn -b 0.0.0.0:8000 app:wsgi\n";
  }

  void multi_stage(int kind) {
    out_ += "FROM ${BASE} AS builder\nWORKDIR /src\n";
    apt_chain();
    if (kind == 1) {
      out_ += "COPY pyproject.toml uv.lock ./\n"
              "RUN --mount=type=cache,target=/root/.cache/uv \\\n    uv sync --frozen --no-dev --no-install-project\n"
              "COPY . .\nRUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-dev\n";
    } else if (kind == 2) {
      out_ += "COPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nRUN npm run build\n";
    } else if (kind == 3) {
      out_ += "COPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n"
              "RUN CGO_ENABLED=0 go build -trimpath -ldflags=\"-s -w\" -o /out/app ./cmd/app\n";
    } else {
      out_ += "RUN <<EOF\nset -eux\ncargo fetch\ncargo build --release\nstrip target/release/app\nEOF\n";
    }
    out_ += "COPY <<EOF /etc/app/config.toml\n[server]\nport = 8080\nEOF\n";
    out_ += util::format("\nFROM {} AS production\n", pick(2) ? "gcr.io/distroless/static-debian12:nonroot"
                                                                  : "debian:12-slim");
    labels();
    out_ += "RUN useradd --uid 10001 --create-home app || true\n";
    out_ += "COPY --from=builder --chown=10001:10001 /out /app\nWORKDIR /app\nUSER 10001\nEXPOSE 8080\n";
    out_ += "HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD [\"/app/app\", \"health\"]\n";
    out_ += "ENTRYPOINT [\"/app/app\"]\nCMD [\"serve\", \"--port\", \"8080\"]\n";
  }

  std::mt19937& random_;
  std::string out_;
};

}  // namespace

std::vector<std::string> generate_corpus(std::size_t count, uint32_t seed) {
  std::mt19937 random(seed);
  Writer writer(random);
  std::vector<std::string> corpus;
  corpus.reserve(count);
  for (std::size_t i = 0; i < count; ++i) corpus.push_back(writer.file());
  return corpus;
}

}  // namespace plimsoll::bench
