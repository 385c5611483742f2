{{/*
Chart name, cut to the 63 characters a label value allows.
*/}}
{{- define "supportloop.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full name: <release>-<chart>, or <release> when it already contains the chart name.
*/}}
{{- define "supportloop.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Name of a part of the release: <fullname>-<suffix>. The full name is cut first so the
suffix always survives and two parts never collapse to the same name.
Usage: include "supportloop.componentName" (list $ "resolver")
*/}}
{{- define "supportloop.componentName" -}}
{{- $root := index . 0 }}
{{- $suffix := index . 1 }}
{{- $room := sub 62 (len $suffix) | int }}
{{- printf "%s-%s" (include "supportloop.fullname" $root | trunc $room | trimSuffix "-") $suffix }}
{{- end }}

{{- define "supportloop.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels that never change for the life of a release: the only labels used in selectors.
*/}}
{{- define "supportloop.selectorLabels" -}}
app.kubernetes.io/name: {{ include "supportloop.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Selector labels of one service. Usage: include "supportloop.componentSelectorLabels" (list $ "resolver")
*/}}
{{- define "supportloop.componentSelectorLabels" -}}
{{ include "supportloop.selectorLabels" (index . 0) }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end }}

{{/*
Labels of every resource.
*/}}
{{- define "supportloop.labels" -}}
helm.sh/chart: {{ include "supportloop.chart" . }}
{{ include "supportloop.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: supportloop
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
Labels of one service's resources. Usage: include "supportloop.componentLabels" (list $ "resolver")
*/}}
{{- define "supportloop.componentLabels" -}}
{{ include "supportloop.labels" (index . 0) }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end }}

{{- define "supportloop.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "supportloop.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "supportloop.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{- define "supportloop.kafkaTlsDir" -}}/etc/supportloop/kafka-tls{{- end }}
{{- define "supportloop.policiesDir" -}}/etc/supportloop/policies{{- end }}
{{- define "supportloop.knowledgeBaseDir" -}}/etc/supportloop/knowledge_base{{- end }}
{{- define "supportloop.repliesDir" -}}/etc/supportloop/replies{{- end }}
{{- define "supportloop.taxonomyDir" -}}/etc/supportloop/taxonomy{{- end }}

{{/*
The paths the app serves its webhooks on (fixed in the code, not configurable):
tickets from the helpdesk go to the classifier, ticket events (agent replies, approvals,
CSAT) to the escalator, and with Gorgias its customers' replies to the escalator too
(supportloop/adapters/runtime/gorgias_webhook.py, served only when SUPPORTLOOP_HELPDESK is
gorgias).
*/}}
{{- define "supportloop.ticketsWebhookPath" -}}/webhooks/tickets{{- end }}
{{- define "supportloop.helpdeskWebhookPath" -}}/webhooks/helpdesk{{- end }}
{{- define "supportloop.gorgiasWebhookPath" -}}/webhooks/gorgias{{- end }}

{{/*
Whether the helpdesk is Gorgias (connectors.helpdesk.kind). Empty string means no (Zendesk).
*/}}
{{- define "supportloop.gorgias" -}}
{{- if eq .Values.connectors.helpdesk.kind "gorgias" }}true{{ end }}
{{- end }}

{{/*
Whether the escalator serves POST /webhooks/gorgias: it runs, and the helpdesk is Gorgias.
*/}}
{{- define "supportloop.gorgiasWebhook" -}}
{{- if and .Values.services.escalator.enabled (include "supportloop.gorgias" .) }}true{{ end }}
{{- end }}

{{/*
The helpdesk settings (HelpdeskSettings) the chart makes from connectors.helpdesk, whatever
the kind: extraSettings may not set them either (see supportloop.settings).
*/}}
{{- define "supportloop.helpdeskSettingNames" -}}SUPPORTLOOP_HELPDESK,SUPPORTLOOP_GORGIAS_URL,SUPPORTLOOP_GORGIAS_USER{{- end }}

{{/*
Services that must run as exactly one worker: the metrics service keeps the weekly book and
the CSAT circuit breaker, which need every event, so it is never split over workers.
*/}}
{{- define "supportloop.singletonServices" -}}metrics{{- end }}

{{/*
Workers of a service: fixed at 1 for a singleton, else its replicaCount.
Usage: include "supportloop.replicas" (list $ "resolver")
*/}}
{{- define "supportloop.replicas" -}}
{{- $root := index . 0 }}
{{- $name := index . 1 }}
{{- if has $name (splitList "," (include "supportloop.singletonServices" $root)) }}1{{ else }}{{ (index $root.Values.services $name).replicaCount | int }}{{ end }}
{{- end }}

{{/*
Whether a service is autoscaled (never a singleton). Empty string means no.
*/}}
{{- define "supportloop.autoscaled" -}}
{{- $root := index . 0 }}
{{- $name := index . 1 }}
{{- $svc := index $root.Values.services $name }}
{{- if and $svc.enabled (not (has $name (splitList "," (include "supportloop.singletonServices" $root)))) $svc.autoscaling $svc.autoscaling.enabled }}true{{ end }}
{{- end }}

{{/*
Whether a service is scaled by a KEDA ScaledObject on its consumer lag (never a singleton).
Empty string means no. Usage: include "supportloop.kedaScaled" (list $ "resolver")
*/}}
{{- define "supportloop.kedaScaled" -}}
{{- $root := index . 0 }}
{{- $name := index . 1 }}
{{- $svc := index $root.Values.services $name }}
{{- if and $svc.enabled (not (has $name (splitList "," (include "supportloop.singletonServices" $root)))) $svc.keda $svc.keda.enabled }}true{{ end }}
{{- end }}

{{/*
The consumer group of a service (also its Faust app id): <topicPrefix>supportloop-<name>,
as ServiceTopology.group_id in supportloop/core/topology.py.
Usage: include "supportloop.consumerGroup" (list $ "resolver")
*/}}
{{- define "supportloop.consumerGroup" -}}
{{- printf "%ssupportloop-%s" (index . 0).Values.kafka.topicPrefix (index . 1) }}
{{- end }}

{{/*
The only place the chart names topics: the input topics each scalable service's consumer
group reads (ServiceTopology.consumes in supportloop/core/topology.py, without the topic
prefix), on which KEDA measures its lag. tests/tools/test_helm_chart.py holds this list equal
to the topology. A YAML map: service → list of topic names.
*/}}
{{- define "supportloop.consumedTopics" -}}
classifier:
  - supportloop.tickets.inbound.v1
resolver:
  - supportloop.tickets.classified.v1
  - supportloop.human-outcomes.v1
escalator:
  - supportloop.escalations.v1
  - supportloop.resolutions.v1
  - supportloop.handoffs.v1
  - supportloop.human-outcomes.v1
{{- end }}

{{/*
Whether KEDA needs a TriggerAuthentication to read the lag: SASL credentials or a TLS Secret.
*/}}
{{- define "supportloop.kedaAuthenticated" -}}
{{- $k := .Values.kafka }}
{{- if or (hasPrefix "SASL_" $k.securityProtocol) $k.tls.existingSecret }}true{{ end }}
{{- end }}

{{/*
Fail the render when a service could run more workers than there are partitions: the extra
workers would sit idle in the consumer group.
*/}}
{{- define "supportloop.validate" -}}
{{- $k := .Values.kafka }}
{{- if hasPrefix "SASL_" $k.securityProtocol }}
{{- if not $k.sasl.mechanism }}
{{- fail (printf "kafka.securityProtocol is %s: set kafka.sasl.mechanism (PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512)." $k.securityProtocol) }}
{{- end }}
{{- if not $k.sasl.existingSecret }}
{{- fail (printf "kafka.securityProtocol is %s: set kafka.sasl.existingSecret to the Secret that holds the SASL password." $k.securityProtocol) }}
{{- end }}
{{- if not (or $k.sasl.username $k.sasl.usernameKey) }}
{{- fail "kafka.sasl: set username, or usernameKey to read it from kafka.sasl.existingSecret." }}
{{- end }}
{{- end }}
{{- include "supportloop.validateHelpdesk" . }}
{{- include "supportloop.validateScaling" . }}
{{- include "supportloop.validateWebhooks" . }}
{{- end }}

{{/*
Gorgias answers nothing without its account: the services would stop at start-up
(SUPPORTLOOP_HELPDESK=gorgias needs the user and the API key), or talk to the demo store's
emulation without a URL. Fail the render instead.
*/}}
{{- define "supportloop.validateHelpdesk" -}}
{{- if include "supportloop.gorgias" . }}
{{- $g := .Values.connectors.helpdesk.gorgias }}
{{- if not $g.url }}
{{- fail "connectors.helpdesk.kind is gorgias: set connectors.helpdesk.gorgias.url to the account's URL (https://<domain>.gorgias.com)." }}
{{- end }}
{{- if not $g.user }}
{{- fail "connectors.helpdesk.kind is gorgias: set connectors.helpdesk.gorgias.user to the e-mail of the user the REST API key belongs to." }}
{{- end }}
{{- if not $g.existingSecret }}
{{- fail "connectors.helpdesk.kind is gorgias: set connectors.helpdesk.gorgias.existingSecret to the Secret that holds the REST API key (key connectors.helpdesk.gorgias.apiKeyKey, default api-key)." }}
{{- end }}
{{- end }}
{{- end }}

{{/*
The webhooks fail closed: without a secret they answer 503, and an Ingress would publish
endpoints that either refuse everything or (with allowUnsigned) let anyone on the internet
post tickets and approve refunds. So a public Ingress needs webhook.existingSecret, and
allowUnsigned is never combined with it.
*/}}
{{- define "supportloop.validateWebhooks" -}}
{{- $v := .Values }}
{{- if and $v.ingress.enabled (or $v.services.classifier.enabled $v.services.escalator.enabled) }}
{{- $extraEnv := $v.extraEnv | default list }}
{{- range $svc := $v.services }}
{{- $extraEnv = concat $extraEnv ($svc.extraEnv | default list) }}
{{- end }}
{{- $unsignedByEnv := false }}
{{- range $extraEnv }}
{{- if eq (toString .name) "SUPPORTLOOP_WEBHOOK_ALLOW_UNSIGNED" }}
{{- $unsignedByEnv = true }}
{{- end }}
{{- end }}
{{- if or $v.webhook.allowUnsigned $unsignedByEnv }}
{{- fail "webhook.allowUnsigned=true (or SUPPORTLOOP_WEBHOOK_ALLOW_UNSIGNED in extraEnv) is for local development only and cannot be combined with ingress.enabled=true: anyone on the internet could post tickets and approve refunds. Set webhook.allowUnsigned=false and webhook.existingSecret." }}
{{- end }}
{{- if not $v.webhook.existingSecret }}
{{- fail "ingress.enabled=true exposes the helpdesk webhooks publicly, but webhook.existingSecret is empty: set webhook.existingSecret to a Secret holding the webhook signing secret (key webhook.secretKey, default webhook-secret), or disable the Ingress. Without it every webhook request is refused (503)." }}
{{- end }}
{{- if and (include "supportloop.gorgiasWebhook" .) (not $v.webhook.gorgiasTokenKey) }}
{{- fail "ingress.enabled=true with connectors.helpdesk.kind=gorgias exposes POST /webhooks/gorgias publicly, but webhook.gorgiasTokenKey is empty: set it to the key in webhook.existingSecret holding the token Gorgias's HTTP integration sends in X-SupportLoop-Webhook-Token, or disable the Ingress. Without it every request to /webhooks/gorgias is refused (503)." }}
{{- end }}
{{- end }}
{{- end }}

{{- define "supportloop.validateScaling" -}}
{{- $partitions := int .Values.kafka.partitions }}
{{- range $name, $svc := .Values.services }}
{{- if $svc.enabled }}
{{- if include "supportloop.kedaScaled" (list $ $name) }}
{{- if include "supportloop.autoscaled" (list $ $name) }}
{{- fail (printf "services.%s: keda.enabled and autoscaling.enabled are both true: two autoscalers would fight over the Deployment's replicas. Enable one (keda scales on consumer lag, autoscaling on CPU)." $name) }}
{{- end }}
{{- if gt (int $svc.keda.maxReplicaCount) $partitions }}
{{- fail (printf "services.%s.keda.maxReplicaCount (%d) exceeds kafka.partitions (%d): workers beyond the partition count get no partitions. Lower maxReplicaCount or raise kafka.partitions." $name (int $svc.keda.maxReplicaCount) $partitions) }}
{{- end }}
{{- if gt (int $svc.keda.minReplicaCount) (int $svc.keda.maxReplicaCount) }}
{{- fail (printf "services.%s.keda.minReplicaCount (%d) exceeds its maxReplicaCount (%d)." $name (int $svc.keda.minReplicaCount) (int $svc.keda.maxReplicaCount)) }}
{{- end }}
{{- else if include "supportloop.autoscaled" (list $ $name) }}
{{- if gt (int $svc.autoscaling.maxReplicas) $partitions }}
{{- fail (printf "services.%s.autoscaling.maxReplicas (%d) exceeds kafka.partitions (%d): workers beyond the partition count get no partitions. Lower maxReplicas or raise kafka.partitions." $name (int $svc.autoscaling.maxReplicas) $partitions) }}
{{- end }}
{{- if gt (int $svc.autoscaling.minReplicas) (int $svc.autoscaling.maxReplicas) }}
{{- fail (printf "services.%s.autoscaling.minReplicas (%d) exceeds its maxReplicas (%d)." $name (int $svc.autoscaling.minReplicas) (int $svc.autoscaling.maxReplicas)) }}
{{- end }}
{{- else if gt (include "supportloop.replicas" (list $ $name) | int) $partitions }}
{{- fail (printf "services.%s.replicaCount (%d) exceeds kafka.partitions (%d): workers beyond the partition count get no partitions. Lower replicaCount or raise kafka.partitions." $name (include "supportloop.replicas" (list $ $name) | int) $partitions) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Non-secret settings every service and the topic Job share, as a YAML map of strings: the
settings ConfigMap. Names are fields of the app's settings classes (ServiceSettings
SUPPORTLOOP_*, KafkaSettings SUPPORTLOOP_KAFKA_*, ClassifierSettings SUPPORTLOOP_CLASSIFIER_*);
settings that are not configured are left out so the app's own defaults apply.
*/}}
{{- define "supportloop.baseSettings" -}}
{{- $k := .Values.kafka -}}
SUPPORTLOOP_WEB_HOST: "0.0.0.0"
SUPPORTLOOP_WEB_PORT: {{ .Values.containerPort | toString | quote }}
SUPPORTLOOP_LOG_LEVEL: {{ .Values.logLevel | quote }}
SUPPORTLOOP_STORE: {{ .Values.storage.store | quote }}
SUPPORTLOOP_DATA_DIR: {{ .Values.storage.dataDir | quote }}
SUPPORTLOOP_STATE_TTL_DAYS: {{ .Values.storage.stateTtlDays | toString | quote }}
SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS: {{ $k.bootstrapServers | quote }}
SUPPORTLOOP_KAFKA_SECURITY_PROTOCOL: {{ $k.securityProtocol | quote }}
SUPPORTLOOP_KAFKA_TOPIC_PREFIX: {{ $k.topicPrefix | quote }}
SUPPORTLOOP_KAFKA_PARTITIONS: {{ $k.partitions | toString | quote }}
SUPPORTLOOP_KAFKA_REPLICATION_FACTOR: {{ $k.replicationFactor | toString | quote }}
{{- if $k.sasl.mechanism }}
SUPPORTLOOP_KAFKA_SASL_MECHANISM: {{ $k.sasl.mechanism | quote }}
{{- end }}
{{- if and $k.sasl.username (not $k.sasl.usernameKey) }}
SUPPORTLOOP_KAFKA_SASL_USERNAME: {{ $k.sasl.username | quote }}
{{- end }}
{{- if $k.tls.existingSecret }}
SUPPORTLOOP_KAFKA_SSL_CAFILE: {{ printf "%s/%s" (include "supportloop.kafkaTlsDir" .) $k.tls.caKey | quote }}
{{- if $k.tls.certKey }}
SUPPORTLOOP_KAFKA_SSL_CERTFILE: {{ printf "%s/%s" (include "supportloop.kafkaTlsDir" .) $k.tls.certKey | quote }}
{{- end }}
{{- if $k.tls.keyKey }}
SUPPORTLOOP_KAFKA_SSL_KEYFILE: {{ printf "%s/%s" (include "supportloop.kafkaTlsDir" .) $k.tls.keyKey | quote }}
{{- end }}
{{- end }}
{{- /* every pod: `supportloop flags set` checks category names against this taxonomy */}}
{{- if .Values.taxonomy.content }}
SUPPORTLOOP_CLASSIFIER_TAXONOMY_PATH: {{ printf "%s/%s" (include "supportloop.taxonomyDir" .) .Values.taxonomy.fileName | quote }}
{{- end }}
{{- end }}

{{/*
Non-secret settings only one service reads (ClassifierSettings, ResolverSettings,
EscalatorSettings; the webhook settings of the two services that serve one; HelpdeskSettings
of the resolver and the escalator), as a YAML map of strings (rendered as that container's env). Usage: include "supportloop.serviceSettings" (list $ "resolver")
*/}}
{{- define "supportloop.serviceSettings" -}}
{{- $root := index . 0 }}
{{- $service := index . 1 }}
{{- $v := $root.Values }}
{{- if eq $service "classifier" }}
SUPPORTLOOP_CLASSIFIER_CLAUDE_ENABLED: {{ $v.anthropic.classifierEnabled | toString | quote }}
{{- else if eq $service "resolver" }}
{{- if $v.policies }}
SUPPORTLOOP_RESOLVER_POLICIES_DIR: {{ include "supportloop.policiesDir" $root | quote }}
{{- end }}
{{- if $v.knowledgeBase }}
SUPPORTLOOP_RESOLVER_KB_DIR: {{ include "supportloop.knowledgeBaseDir" $root | quote }}
{{- end }}
{{- if $v.replies }}
SUPPORTLOOP_RESOLVER_REPLIES_DIR: {{ include "supportloop.repliesDir" $root | quote }}
{{- end }}
SUPPORTLOOP_REPLY_POLISH: {{ $v.anthropic.replyPolishEnabled | ternary "claude" "off" | quote }}
{{- range $name := list "commerce" "helpdesk" "subscriptions" "accounts" }}
{{- with (index $v.connectors $name).url }}
SUPPORTLOOP_RESOLVER_{{ upper $name }}_URL: {{ . | quote }}
{{- end }}
{{- end }}
SUPPORTLOOP_RESOLVER_READ_ONLY: {{ $v.connectors.readOnly | toString | quote }}
{{- else if eq $service "escalator" }}
{{- with $v.connectors.helpdesk.url }}
SUPPORTLOOP_ESCALATOR_HELPDESK_URL: {{ . | quote }}
{{- end }}
{{- end }}
{{- if has $service (list "resolver" "escalator") }}
SUPPORTLOOP_HELPDESK: {{ $v.connectors.helpdesk.kind | quote }}
{{- if include "supportloop.gorgias" $root }}
SUPPORTLOOP_GORGIAS_URL: {{ $v.connectors.helpdesk.gorgias.url | quote }}
SUPPORTLOOP_GORGIAS_USER: {{ $v.connectors.helpdesk.gorgias.user | quote }}
{{- end }}
{{- end }}
{{- if has $service (list "classifier" "escalator") }}
SUPPORTLOOP_WEBHOOK_ALLOW_UNSIGNED: {{ $v.webhook.allowUnsigned | toString | quote }}
SUPPORTLOOP_WEBHOOK_TIMESTAMP_TOLERANCE_S: {{ $v.webhook.timestampToleranceSeconds | int | toString | quote }}
{{- end }}
{{- end }}

{{/*
The settings ConfigMap: the shared settings plus extraSettings. A name the chart already
sets from its values (for any service) fails the render instead of being silently shadowed.
*/}}
{{- define "supportloop.settings" -}}
{{- $settings := include "supportloop.baseSettings" . | fromYaml }}
{{- $managed := deepCopy $settings }}
{{- range $name := keys .Values.services | sortAlpha }}
{{- $managed = merge $managed (include "supportloop.serviceSettings" (list $ $name) | fromYaml) }}
{{- end }}
{{- range $name := splitList "," (include "supportloop.helpdeskSettingNames" .) }}
{{- $_ := set $managed $name "" }}
{{- end }}
{{- range $key, $value := .Values.extraSettings }}
{{- if hasKey $managed $key }}
{{- fail (printf "extraSettings.%s: the chart already sets %s from its own values (see values.yaml); set it there instead." $key $key) }}
{{- end }}
{{- $_ := set $settings $key (toString $value) }}
{{- end }}
{{- toYaml $settings }}
{{- end }}

{{/*
Kafka credentials, by reference to existing Secrets only.
*/}}
{{- define "supportloop.kafkaSecretEnv" -}}
{{- $sasl := .Values.kafka.sasl }}
{{- if $sasl.existingSecret }}
{{- if $sasl.usernameKey }}
- name: SUPPORTLOOP_KAFKA_SASL_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ $sasl.existingSecret }}
      key: {{ $sasl.usernameKey }}
{{- end }}
- name: SUPPORTLOOP_KAFKA_SASL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $sasl.existingSecret }}
      key: {{ $sasl.passwordKey }}
{{- end }}
{{- end }}

{{/*
One service's own env: its plain settings, then the credentials only it reads (Secret
references). Usage: include "supportloop.serviceEnv" (list $ "resolver")
*/}}
{{- define "supportloop.serviceEnv" -}}
{{- $root := index . 0 }}
{{- $service := index . 1 }}
{{- $v := $root.Values }}
{{- range $key, $value := include "supportloop.serviceSettings" . | fromYaml }}
- name: {{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- if eq $service "resolver" }}
{{- range $name := list "commerce" "helpdesk" "subscriptions" }}
{{- $c := index $v.connectors $name }}
{{- if $c.existingSecret }}
- name: SUPPORTLOOP_RESOLVER_{{ upper $name }}_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ $c.existingSecret }}
      key: {{ $c.tokenKey }}
{{- end }}
{{- end }}
{{- end }}
{{- if and (eq $service "escalator") $v.connectors.helpdesk.existingSecret }}
- name: SUPPORTLOOP_ESCALATOR_HELPDESK_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ $v.connectors.helpdesk.existingSecret }}
      key: {{ $v.connectors.helpdesk.tokenKey }}
{{- end }}
{{- if and (has $service (list "resolver" "escalator")) (include "supportloop.gorgias" $root) $v.connectors.helpdesk.gorgias.existingSecret }}
- name: SUPPORTLOOP_GORGIAS_API_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $v.connectors.helpdesk.gorgias.existingSecret }}
      key: {{ $v.connectors.helpdesk.gorgias.apiKeyKey }}
{{- end }}
{{- if and (eq $service "escalator") (include "supportloop.gorgias" $root) $v.webhook.existingSecret $v.webhook.gorgiasTokenKey }}
- name: SUPPORTLOOP_GORGIAS_WEBHOOK_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ $v.webhook.existingSecret }}
      key: {{ $v.webhook.gorgiasTokenKey }}
{{- end }}
{{- if and $v.webhook.existingSecret (has $service (list "classifier" "escalator")) }}
- name: SUPPORTLOOP_WEBHOOK_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ $v.webhook.existingSecret }}
      key: {{ eq $service "classifier" | ternary $v.webhook.secretKey (default $v.webhook.secretKey $v.webhook.helpdeskSecretKey) }}
{{- end }}
{{- if and (eq $service "classifier") $v.anthropic.existingSecret }}
- name: SUPPORTLOOP_CLASSIFIER_ANTHROPIC_API_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $v.anthropic.existingSecret }}
      key: {{ $v.anthropic.apiKeyKey }}
{{- end }}
{{- if and (eq $service "resolver") $v.anthropic.existingSecret $v.anthropic.replyPolishEnabled }}
- name: SUPPORTLOOP_REPLY_ANTHROPIC_API_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $v.anthropic.existingSecret }}
      key: {{ $v.anthropic.apiKeyKey }}
{{- end }}
{{- end }}

{{/*
Volumes shared by the services and the topic Job: /tmp, and the Kafka TLS Secret.
*/}}
{{- define "supportloop.baseVolumes" -}}
- name: tmp
  emptyDir: {}
{{- if .Values.kafka.tls.existingSecret }}
- name: kafka-tls
  secret:
    secretName: {{ .Values.kafka.tls.existingSecret }}
    defaultMode: 0440
{{- end }}
{{- end }}

{{- define "supportloop.baseVolumeMounts" -}}
- name: tmp
  mountPath: /tmp
{{- if .Values.kafka.tls.existingSecret }}
- name: kafka-tls
  mountPath: {{ include "supportloop.kafkaTlsDir" . }}
  readOnly: true
{{- end }}
{{- end }}
