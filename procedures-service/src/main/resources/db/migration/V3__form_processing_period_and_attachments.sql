-- Forms gain what e-applications need: a standard processing period (標準処理期間, business days) and,
-- with fields of type ATTACHMENT, the limits of attached files. Both belong to the content of a
-- version, so they live in form_version.content beside its fields; versions stored before lack them,
-- which reads as neither. The database holds every version to the same rules as the domain.

alter table form_version
    add constraint form_version_standard_processing_days check (
        case coalesce(jsonb_typeof(content -> 'standardProcessingDays'), 'null')
            when 'null' then true
            when 'number' then (content ->> 'standardProcessingDays')::numeric between 1 and 365
            else false
        end),
    add constraint form_version_attachment_limits check (
        case coalesce(jsonb_typeof(content -> 'attachmentLimits'), 'null')
            when 'null' then true
            when 'object' then
                case when jsonb_typeof(content #> '{attachmentLimits,maxFileBytes}') = 'number'
                          and jsonb_typeof(content #> '{attachmentLimits,maxFiles}') = 'number'
                    then (content #>> '{attachmentLimits,maxFileBytes}')::numeric between 1 and 52428800
                         and (content #>> '{attachmentLimits,maxFiles}')::numeric between 1 and 20
                    else false
                end
            else false
        end),
    add constraint form_version_attachment_limits_with_attachment_fields check (
        jsonb_path_exists(content, '$.fields[*] ? (@.type == "ATTACHMENT")')
            = (coalesce(jsonb_typeof(content -> 'attachmentLimits'), 'null') <> 'null'));

comment on column form_version.content is
    'what the version says (title, fields, period, procedures, standardProcessingDays, attachmentLimits) as JSON';
