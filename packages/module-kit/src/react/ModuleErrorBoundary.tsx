import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorPanel } from './ErrorPanel.tsx';

interface Props {
  moduleTitle: string;
  onError(error: unknown, info: ErrorInfo): void;
  children: ReactNode;
}

interface State {
  error: unknown;
}

/** Catches render errors inside one module; Retry re-renders it from scratch. */
export class ModuleErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError(error, info);
  }

  override render() {
    if (this.state.error !== undefined) {
      return (
        <ErrorPanel
          moduleTitle={this.props.moduleTitle}
          detail={this.state.error instanceof Error ? this.state.error.message : undefined}
          onRetry={() => this.setState({ error: undefined })}
        />
      );
    }
    return this.props.children;
  }
}
