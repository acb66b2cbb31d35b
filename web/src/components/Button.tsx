import type { ButtonHTMLAttributes, AnchorHTMLAttributes } from 'react';
import { Link, type LinkProps } from 'react-router';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';
export type ButtonSize = 'md' | 'sm';

const base =
  'inline-flex items-center justify-center gap-2 rounded-8 border-2 text-oln-16B-100 no-underline ' +
  'disabled:cursor-not-allowed disabled:border-solid-gray-300 disabled:bg-solid-gray-300 disabled:text-solid-gray-50';
const variants: Record<ButtonVariant, string> = {
  primary: 'border-blue-900 bg-blue-900 text-white hover:border-blue-1000 hover:bg-blue-1000 hover:underline',
  secondary: 'border-blue-900 bg-white text-blue-900 hover:bg-blue-50 hover:text-blue-1000 hover:underline',
  tertiary: 'border-transparent bg-transparent text-blue-900 underline hover:bg-blue-50 hover:text-blue-1000',
  danger: 'border-error-1 bg-white text-error-2 hover:bg-red-50 hover:underline',
};
const sizes: Record<ButtonSize, string> = {
  md: 'min-h-12 px-4 py-3',
  sm: 'min-h-9 px-3 py-2 text-oln-14B-100',
};

export function buttonClass(variant: ButtonVariant = 'primary', size: ButtonSize = 'md', extra = ''): string {
  return `${base} ${variants[variant]} ${sizes[size]} ${extra}`.trim();
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize };

/** A button in the Digital Agency's three emphases (filled, outlined, text), plus one for destructive steps. */
export function Button({ variant = 'primary', size = 'md', className = '', type = 'button', ...rest }: Props) {
  return <button type={type} className={buttonClass(variant, size, className)} {...rest} />;
}

/** A link that looks like a button (for a step that leads to another page). */
export function ButtonLink({
  variant = 'primary',
  size = 'md',
  className = '',
  ...rest
}: LinkProps & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <Link className={buttonClass(variant, size, className)} {...rest} />;
}

/** A plain anchor styled as a button, for addresses outside the single-page app (sign-in, downloads). */
export function ButtonAnchor({
  variant = 'primary',
  size = 'md',
  className = '',
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <a className={buttonClass(variant, size, className)} {...rest} />;
}
