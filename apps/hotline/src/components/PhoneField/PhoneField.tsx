import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONTACT_PHONE_COUNTRY_CODES, CONTACT_PHONE_REGIONS, type ContactPhoneRegion } from '@sw/contracts';

interface PhoneFieldProps {
  id: string;
  region: ContactPhoneRegion;
  value: string;
  onRegionChange(region: ContactPhoneRegion): void;
  onChange(value: string): void;
  onBlur?(): void;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
}

/** A phone number with its region (+86, +852, +853); typing +852… in the number works too. */
export function PhoneField({
  id,
  region,
  value,
  onRegionChange,
  onChange,
  onBlur,
  invalid,
  describedBy,
  disabled,
}: PhoneFieldProps) {
  const { t } = useTranslation();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select
        aria-label={t('form.phoneRegion')}
        value={region}
        onChange={onRegionChange}
        disabled={disabled}
        style={{ width: 170 }}
        options={CONTACT_PHONE_REGIONS.map((code) => ({
          value: code,
          label: `+${CONTACT_PHONE_COUNTRY_CODES[code]} ${t(`phoneRegions.${code}`)}`,
        }))}
      />
      <Input
        id={id}
        type="tel"
        inputMode="tel"
        autoComplete="tel-national"
        maxLength={30}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        status={invalid ? 'error' : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        placeholder={t(`form.phonePlaceholder.${region}`)}
        disabled={disabled}
      />
    </Space.Compact>
  );
}
