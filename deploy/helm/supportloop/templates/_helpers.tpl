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
{{- define "supportloop.taxonomyDir" -}}/etc/supportloop/taxonomy{{- end }}

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
{{- include "supportloop.validateScaling" . }}
{{- end }}

{{- define "supportloop.validateScaling" -}}
{{- $partitions := int .Values.kafka.partitions }}
{{- range $name, $svc := .Values.services }}
{{- if $svc.enabled }}
{{- if $svc.autoscaling.enabled }}
{{- if gt (int $svc.autoscaling.maxReplicas) $partitions }}
{{- fail (printf "services.%s.autoscaling.maxReplicas (%d) exceeds kafka.partitions (%d): workers beyond the partition count get no partitions. Lower maxReplicas or raise kafka.partitions." $name (int $svc.autoscaling.maxReplicas) $partitions) }}
{{- end }}
{{- if gt (int $svc.autoscaling.minReplicas) (int $svc.autoscaling.maxReplicas) }}
{{- fail (printf "services.%s.autoscaling.minReplicas (%d) exceeds its maxReplicas (%d)." $name (int $svc.autoscaling.minReplicas) (int $svc.autoscaling.maxReplicas)) }}
{{- end }}
{{- else if gt (int $svc.replicaCount) $partitions }}
{{- fail (printf "services.%s.replicaCount (%d) exceeds kafka.partitions (%d): workers beyond the partition count get no partitions. Lower replicaCount or raise kafka.partitions." $name (int $svc.replicaCount) $partitions) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Non-secret settings shared by every service and the topic Job, as a YAML map of strings.
Settings that are not configured are left out so the app's own defaults apply.
*/}}
{{- define "supportloop.settings" -}}
{{- $k := .Values.kafka -}}
SUPPORTLOOP_WEB_HOST: "0.0.0.0"
SUPPORTLOOP_WEB_PORT: {{ .Values.containerPort | toString | quote }}
SUPPORTLOOP_LOG_LEVEL: {{ .Values.logLevel | quote }}
SUPPORTLOOP_STORE: {{ .Values.storage.store | quote }}
SUPPORTLOOP_DATA_DIR: {{ .Values.storage.dataDir | quote }}
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
SUPPORTLOOP_CLASSIFIER_CLAUDE_ENABLED: {{ .Values.anthropic.classifierEnabled | toString | quote }}
{{- if .Values.policies }}
SUPPORTLOOP_POLICIES_DIR: {{ include "supportloop.policiesDir" . | quote }}
{{- end }}
{{- if .Values.taxonomy.content }}
SUPPORTLOOP_CLASSIFIER_TAXONOMY_PATH: {{ printf "%s/%s" (include "supportloop.taxonomyDir" .) .Values.taxonomy.fileName | quote }}
{{- end }}
{{- range $name, $value := .Values.extraSettings }}
{{ $name }}: {{ $value | toString | quote }}
{{- end }}
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
Connector URLs (plain) and tokens (Secret references) one service needs.
Usage: include "supportloop.serviceEnv" (list $ "resolver")
*/}}
{{- define "supportloop.serviceEnv" -}}
{{- $root := index . 0 }}
{{- $service := index . 1 }}
{{- range $name := list "commerce" "helpdesk" "subscriptions" }}
{{- $c := index $root.Values.connectors $name }}
{{- if has $service $c.services }}
{{- if $c.url }}
- name: SUPPORTLOOP_{{ upper $name }}_URL
  value: {{ $c.url | quote }}
{{- end }}
{{- if $c.existingSecret }}
- name: SUPPORTLOOP_{{ upper $name }}_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ $c.existingSecret }}
      key: {{ $c.tokenKey }}
{{- end }}
{{- end }}
{{- end }}
{{- if and (eq $service "classifier") $root.Values.webhook.existingSecret }}
- name: SUPPORTLOOP_WEBHOOK_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ $root.Values.webhook.existingSecret }}
      key: {{ $root.Values.webhook.secretKey }}
{{- end }}
{{- if and $root.Values.anthropic.existingSecret (has $service $root.Values.anthropic.services) }}
- name: ANTHROPIC_API_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $root.Values.anthropic.existingSecret }}
      key: {{ $root.Values.anthropic.apiKeyKey }}
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
