// The app's buttons and button-styled links: one look per intent, from the design tokens.
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { Link, type LinkProps } from 'react-router';

export type Variant = 'primary' | 'secondary' | 'danger' | 'link' | 'danger-link';

function classes(variant: Variant, size: 'md' | 'small', block: boolean, extra?: string): string {
  const v = variant === 'danger-link' ? 'btn-link btn-danger-text' : `btn-${variant}`;
  return ['btn', v, size === 'small' && 'btn-small', block && 'btn-block', extra].filter(Boolean).join(' ');
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  size?: 'md' | 'small';
  block?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

export function Button({ variant = 'secondary', size = 'md', block = false, type = 'button', className, ...rest }: ButtonProps) {
  return <button type={type} className={classes(variant, size, block, className)} {...rest} />;
}

type ButtonLinkProps = LinkProps & { variant?: Variant; size?: 'md' | 'small'; children: ReactNode };

/** A link that looks like a button (it navigates; it does not act). */
export function ButtonLink({ variant = 'secondary', size = 'md', className, ...rest }: ButtonLinkProps) {
  return <Link className={classes(variant, size, false, className)} {...rest} />;
}
