# Multi-stage build of the franchisekg API: a static binary on a small base.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/franchisekg ./cmd/franchisekg

FROM alpine:3.20
RUN adduser -D -H franchisekg
COPY --from=build /out/franchisekg /usr/local/bin/franchisekg
COPY seeds /app/seeds
WORKDIR /app
USER franchisekg
ENV FRANCHISEKG_ADDR=0.0.0.0:8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1
# Load the demo corpus (idempotent: unchanged articles are skipped), then serve.
CMD ["sh", "-c", "franchisekg load /app/seeds && exec franchisekg serve"]
