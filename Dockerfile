# replycheck as an OCI image: `docker build -t replycheck .` (or podman/buildah).
# Runs as a non-root user on a read-only root file system: the IMAP cache lives on a volume at /cache,
# the config is mounted at /config, results go to /results; secrets come from the environment
# (passwordEnv) or from mounted files (passwordCommand: "cat /run/secrets/…"), never from the image.
# See examples/kubernetes/replycheck-cronjob.yaml for a scan per mailbox and a merged weekly report.

# Build stage: `npm pack` compiles (the prepare script) and packs exactly what `npm publish` would ship (the runtime only).
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm pack --pack-destination /tmp && mv /tmp/replycheck-*.tgz /tmp/replycheck.tgz

# Runtime stage: the packed tarball installed globally, production dependencies only.
FROM node:20-bookworm-slim
COPY --from=build /tmp/replycheck.tgz /tmp/replycheck.tgz
RUN npm install --global --omit=dev --no-audit --no-fund /tmp/replycheck.tgz \
 && rm /tmp/replycheck.tgz && npm cache clean --force \
 && mkdir -p /cache /results /config && chown node:node /cache /results
ENV NODE_ENV=production \
    XDG_CACHE_HOME=/cache \
    HOME=/tmp \
    NO_COLOR=1
VOLUME ["/cache", "/results"]
WORKDIR /results
USER node
ENTRYPOINT ["replycheck"]
CMD ["--help"]
