export { describeProvider, type DescribeProviderOptions } from './describe-provider.js';
