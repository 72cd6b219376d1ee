/**
 * Registers the spec-driven components for every MDX page, so pages write
 * `<ParamTable op="…" />` without imports (docusaurus website/src/theme/MDXComponents.tsx).
 */
import MDXComponents from '@theme-original/MDXComponents';
import ParamTable, {ParamSummary} from '@site/src/components/ParamTable';
import ErrorTable from '@site/src/components/ErrorTable';
import ConstraintTable from '@site/src/components/ConstraintTable';
import ProductTable from '@site/src/components/ProductTable';
import Formulas, {SymbolTable} from '@site/src/components/Formulas';
import Prototype from '@site/src/components/Prototype';
import Sample from '@site/src/components/Samples';
import StatusCodeTable from '@site/src/components/StatusCodeTable';
import ErrataList from '@site/src/components/ErrataList';
import {
  DeprecationBanner,
  Determinism,
  OperatorIntro,
  OperatorNotes,
  OperatorSummary,
} from '@site/src/components/OperatorBits';
import {copyableHeading} from './CopyableHeading';
import MarkdownTable, {MDXWrapper} from '@site/src/components/MarkdownTable';
import ChangeLog from '@site/src/components/ChangeLog';
import {ReleaseSelector} from '@site/src/components/Versioned';
import FrameworkMapping from '@site/src/components/FrameworkMapping';

export default {
  ...MDXComponents,
  h2: copyableHeading('h2'),
  h3: copyableHeading('h3'),
  h4: copyableHeading('h4'),
  // Markdown tables get a caption (the heading they stand under) and a scroll container.
  table: MarkdownTable,
  wrapper: MDXWrapper,
  ParamTable,
  ParamSummary,
  ErrorTable,
  ConstraintTable,
  ProductTable,
  Formulas,
  SymbolTable,
  Prototype,
  Sample,
  StatusCodeTable,
  ErrataList,
  DeprecationBanner,
  Determinism,
  OperatorIntro,
  OperatorNotes,
  OperatorSummary,
  ChangeLog,
  ReleaseSelector,
  FrameworkMapping,
};
