// Card and List: the two containers every page composes.
import type { HTMLAttributes, ReactNode } from 'react';

type CardProps = HTMLAttributes<HTMLElement> & { as?: 'section' | 'article' | 'div' | 'li' | 'form'; children: ReactNode };

export function Card({ as: Tag = 'div', className, children, ...rest }: CardProps) {
  return (
    <Tag className={`card${className ? ` ${className}` : ''}`} {...rest}>
      {children}
    </Tag>
  );
}

/** A list without bullets, its items spaced by the tokens (cards or rows). */
export function List({ className, children, ...rest }: HTMLAttributes<HTMLUListElement>) {
  return (
    <ul className={`list${className ? ` ${className}` : ''}`} {...rest}>
      {children}
    </ul>
  );
}
